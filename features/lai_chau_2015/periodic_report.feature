# language: vi
Tính năng: Báo cáo sơ kết, tổng kết công tác thông tin đối ngoại của đơn vị (Lai Châu 2015)
  Chỉ thị 000_3e448a72fac77645.txt, điểm 10: Ủy ban nhân dân các huyện, thành phố "Định kỳ sơ kết,
  tổng kết, đánh giá hiệu quả hoạt động thông tin đối ngoại theo chức năng, nhiệm vụ được giao,
  báo cáo UBND tỉnh qua Sở Thông tin và Truyền thông".
  Đoạn kết: "Sở Thông tin và Truyền thông là cơ quan đầu mối giúp Ủy ban nhân dân tỉnh kiểm tra,
  đôn đốc việc thực hiện Chỉ thị này, hàng năm báo cáo kết quả thực hiện về UBND tỉnh để theo
  dõi, chỉ đạo". Chỉ thị không nêu kỳ hạn cụ thể nên báo cáo không có hạn xử lý.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "lai_chau_2015"
    Và hôm nay là ngày 06/07/2015
    Và "cv.tp.lc15" lập "Báo cáo sơ kết, tổng kết công tác thông tin đối ngoại của đơn vị" của đơn vị "LC15_TP_LAICHAU" năm 2015, gọi là "BC 6 tháng thành phố", với nội dung:
      | Kỳ báo cáo        | Sơ kết 6 tháng                                                     |
      | Kết quả thực hiện | Cụm pano song ngữ tại quảng trường; tờ gấp tiếng Anh, tiếng Trung  |

  @basis:000_3e448a72fac77645.txt:10 @basis:000_3e448a72fac77645.txt:10,_đoạn_kết
  Kịch bản: Thành phố ký, gửi báo cáo sơ kết qua Sở; Sở tiếp nhận và tổng hợp vào báo cáo của tỉnh
    Khi "ld.tp.lc15" thực hiện "Ký báo cáo" văn bản "BC 6 tháng thành phố"
    Và "cv.tp.lc15" thực hiện "Gửi Sở Thông tin và Truyền thông" văn bản "BC 6 tháng thành phố"
    Thì văn bản "BC 6 tháng thành phố" ở trạng thái "Đã gửi Sở Thông tin và Truyền thông"
    Khi "cv.stttt.lc15" thực hiện "Tiếp nhận báo cáo" văn bản "BC 6 tháng thành phố"
    Thì văn bản "BC 6 tháng thành phố" ở trạng thái "Đã tiếp nhận"
    Khi "cv.stttt.lc15" lập "Báo cáo kết quả thực hiện Chỉ thị về công tác thông tin đối ngoại của tỉnh" của đơn vị "LC15_STTTT" năm 2015, gọi là "BC sơ kết tỉnh", với "Kỳ báo cáo" là "Sơ kết 6 tháng"
    Và "cv.stttt.lc15" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC sơ kết tỉnh"
    Thì văn bản "BC 6 tháng thành phố" ở trạng thái "Đã tổng hợp báo cáo UBND tỉnh"
    Và văn bản "BC 6 tháng thành phố" thuộc văn bản tổng hợp "BC sơ kết tỉnh"
    Và "Kết quả thực hiện" của văn bản "BC 6 tháng thành phố" là "Cụm pano song ngữ tại quảng trường; tờ gấp tiếng Anh, tiếng Trung"
    Và "cv.stttt.lc15" không được thực hiện thao tác nào trên văn bản "BC 6 tháng thành phố"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:000_3e448a72fac77645.txt:10
  Kịch bản: Sở trả lại báo cáo phải ghi lý do; thành phố bổ sung, ký và gửi lại
    Cho văn bản "BC 6 tháng thành phố" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông"
    Khi "cv.stttt.lc15" thực hiện "Trả lại, yêu cầu bổ sung" văn bản "BC 6 tháng thành phố"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cv.stttt.lc15" thực hiện "Trả lại, yêu cầu bổ sung" văn bản "BC 6 tháng thành phố" với lý do "Báo cáo chưa đánh giá hiệu quả hoạt động TTĐN"
    Thì văn bản "BC 6 tháng thành phố" ở trạng thái "Trả lại"
    Khi "cv.tp.lc15" sửa văn bản "BC 6 tháng thành phố", với "Đánh giá hiệu quả" là "2 đoàn khách quốc tế được hỗ trợ thông tin; tờ gấp phát hết 3.000 bản"
    Và "ld.tp.lc15" thực hiện "Ký báo cáo" văn bản "BC 6 tháng thành phố"
    Và "cv.tp.lc15" thực hiện "Gửi Sở Thông tin và Truyền thông" văn bản "BC 6 tháng thành phố"
    Thì văn bản "BC 6 tháng thành phố" ở trạng thái "Đã gửi Sở Thông tin và Truyền thông"
    Và lịch sử văn bản "BC 6 tháng thành phố" ghi "cv.stttt.lc15" thực hiện "Trả lại, yêu cầu bổ sung" với lý do "Báo cáo chưa đánh giá hiệu quả hoạt động TTĐN"

  @basis:000_3e448a72fac77645.txt:10 @basis:000_3e448a72fac77645.txt:10,_đoạn_kết
  Kịch bản: Sở mở lại báo cáo đã tiếp nhận trước khi tổng hợp; báo cáo đã tổng hợp thì không mở lại được
    Cho "cv.phongtho.lc15" lập "Báo cáo sơ kết, tổng kết công tác thông tin đối ngoại của đơn vị" của đơn vị "LC15_H_PHONGTHO" năm 2015, gọi là "BC 6 tháng Phong Thổ", với "Kỳ báo cáo" là "Sơ kết 6 tháng"
    Và văn bản "BC 6 tháng thành phố" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và văn bản "BC 6 tháng Phong Thổ" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và "cv.stttt.lc15" lập "Báo cáo kết quả thực hiện Chỉ thị về công tác thông tin đối ngoại của tỉnh" của đơn vị "LC15_STTTT" năm 2015, gọi là "BC sơ kết tỉnh", với "Kỳ báo cáo" là "Sơ kết 6 tháng"
    Khi "cv.stttt.lc15" thực hiện "Trả lại, yêu cầu bổ sung" văn bản "BC 6 tháng Phong Thổ" với lý do "Thiếu số liệu giao lưu văn nghệ biên giới"
    Thì văn bản "BC 6 tháng Phong Thổ" ở trạng thái "Trả lại"
    Khi "cv.stttt.lc15" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC sơ kết tỉnh"
    Thì văn bản "BC 6 tháng thành phố" thuộc văn bản tổng hợp "BC sơ kết tỉnh"
    Và văn bản "BC 6 tháng Phong Thổ" không thuộc văn bản tổng hợp nào
    Và văn bản "BC 6 tháng Phong Thổ" vẫn ở trạng thái "Trả lại"
    Khi "cv.stttt.lc15" thực hiện "Trả lại, yêu cầu bổ sung" văn bản "BC 6 tháng thành phố" với lý do "Mở lại sau khi đã tổng hợp"
    Thì thao tác bị từ chối vì không thực hiện được ở trạng thái hiện tại
    Và văn bản "BC 6 tháng thành phố" ở trạng thái "Đã tổng hợp báo cáo UBND tỉnh"

  @basis:000_3e448a72fac77645.txt:10,_đoạn_kết
  Kịch bản: Không ai tự tay chuyển báo cáo sang "đã tổng hợp": chỉ hệ thống làm khi tổng hợp báo cáo của tỉnh
    Cho văn bản "BC 6 tháng thành phố" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Khi "cv.stttt.lc15" thực hiện "Tổng hợp vào báo cáo của tỉnh" văn bản "BC 6 tháng thành phố"
    Thì thao tác bị từ chối vì không đủ thẩm quyền
    Và lý do từ chối có "chỉ do hệ thống thực hiện"
    Và văn bản "BC 6 tháng thành phố" ở trạng thái "Đã tiếp nhận"

  @basis:000_3e448a72fac77645.txt:10
  Kịch bản: Chuyên viên không ký báo cáo; huyện khác không gửi thay; sở khác không tiếp nhận thay Sở Thông tin và Truyền thông
    Cho "cv.sngv.lc15" có vai trò "coordinator" tại đơn vị "LC15_SNGV"
    Khi "cv.tp.lc15" thực hiện "Ký báo cáo" văn bản "BC 6 tháng thành phố"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "ld.muongte.lc15" thực hiện "Ký báo cáo" văn bản "BC 6 tháng thành phố"
    Thì thao tác bị từ chối vì sai đơn vị
    Cho "ld.tp.lc15" đã thực hiện "Ký báo cáo" văn bản "BC 6 tháng thành phố"
    Khi "cv.phongtho.lc15" thực hiện "Gửi Sở Thông tin và Truyền thông" văn bản "BC 6 tháng thành phố"
    Thì thao tác bị từ chối vì sai đơn vị
    Cho "cv.tp.lc15" đã thực hiện "Gửi Sở Thông tin và Truyền thông" văn bản "BC 6 tháng thành phố"
    Khi "cv.sngv.lc15" thực hiện "Tiếp nhận báo cáo" văn bản "BC 6 tháng thành phố"
    Thì thao tác bị từ chối vì sai đơn vị
    Khi "ld.tp.lc15" thực hiện "Tiếp nhận báo cáo" văn bản "BC 6 tháng thành phố"
    Thì thao tác bị từ chối vì sai vai trò
    Và văn bản "BC 6 tháng thành phố" ở trạng thái "Đã gửi Sở Thông tin và Truyền thông"

  @basis:000_3e448a72fac77645.txt:10
  Kịch bản: Chỉ thị không nêu kỳ hạn nên báo cáo của đơn vị không bị tính quá hạn
    Thì văn bản "BC 6 tháng thành phố" không có hạn xử lý
    Khi "ld.tp.lc15" thực hiện "Ký báo cáo" văn bản "BC 6 tháng thành phố"
    Thì văn bản "BC 6 tháng thành phố" không có hạn xử lý
    Và không có văn bản nào quá hạn vào ngày 31/12/2015

  @basis:000_3e448a72fac77645.txt:10
  Kịch bản: Gửi báo cáo và thu hồi để chỉnh sửa cùng lúc: chỉ một thao tác được ghi nhận
    Cho văn bản "BC 6 tháng thành phố" đã qua các bước "Ký báo cáo"
    Khi "cv.tp.lc15" thực hiện "Gửi Sở Thông tin và Truyền thông" và "ld.tp.lc15" thực hiện "Thu hồi để chỉnh sửa" văn bản "BC 6 tháng thành phố" cùng lúc trên cùng một phiên bản
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và chuỗi lịch sử kiểm tra hợp lệ
