# language: vi
Tính năng: Báo cáo hoạt động thông tin đối ngoại của đơn vị (Trà Vinh 2023)
  Kế hoạch kèm Quyết định 1899/QĐ-UBND, 004_5b944f41a127e280.txt, III.10: các sở, ban, ngành tỉnh, Ủy
  ban nhân dân các huyện, thị xã, thành phố "định kỳ hoặc đột xuất báo cáo về hoạt động thông tin đối
  ngoại trong phạm vi quản lý của cơ quan, đơn vị, địa phương gửi về Sở Thông tin và Truyền thông hoặc
  báo cáo đột xuất theo yêu cầu để tổng hợp báo cáo Ủy ban nhân dân tỉnh".
  III.2: Sở Thông tin và Truyền thông "Đôn đốc, hướng dẫn, thanh tra, kiểm tra công tác thông tin đối
  ngoại trên địa bàn tỉnh" (trả lại báo cáo chưa đạt, yêu cầu bổ sung). Báo cáo đột xuất mang nội dung
  yêu cầu; Kế hoạch không nêu kỳ hạn nên báo cáo không có hạn xử lý.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "tra_vinh_2023"
    Và hôm nay là ngày 05/07/2024
    Và "cv.caungang.tv" lập "Báo cáo hoạt động thông tin đối ngoại của đơn vị" của đơn vị "TV_H_CAUNGANG_UBND" năm 2024, gọi là "BC 6 tháng Cầu Ngang", với nội dung:
      | Kỳ báo cáo                                       | Sơ kết 6 tháng                                        |
      | Kết quả thực hiện                                | Quảng bá Lễ hội Ok Om Bok trên trang thông tin huyện  |
      | Việc bảo mật thông tin trong phạm vi quản lý     | Không để lộ, lọt thông tin thuộc danh mục bí mật      |

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Huyện ký, gửi báo cáo 6 tháng về Sở Thông tin và Truyền thông; Sở tiếp nhận và tổng hợp báo cáo UBND tỉnh
    Khi "ld.caungang.tv" thực hiện "Ký báo cáo" văn bản "BC 6 tháng Cầu Ngang"
    Và "cv.caungang.tv" thực hiện "Gửi Sở Thông tin và Truyền thông" văn bản "BC 6 tháng Cầu Ngang"
    Thì văn bản "BC 6 tháng Cầu Ngang" ở trạng thái "Đã gửi Sở Thông tin và Truyền thông"
    Khi "cv.stttt.tv" thực hiện "Tiếp nhận báo cáo" văn bản "BC 6 tháng Cầu Ngang"
    Thì văn bản "BC 6 tháng Cầu Ngang" ở trạng thái "Đã tiếp nhận"
    Khi "cv.stttt.tv" lập "Báo cáo hoạt động thông tin đối ngoại của tỉnh" của đơn vị "TV_STTTT" năm 2024, gọi là "BC sơ kết tỉnh", với "Kỳ báo cáo" là "Sơ kết 6 tháng"
    Và "cv.stttt.tv" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC sơ kết tỉnh"
    Thì văn bản "BC 6 tháng Cầu Ngang" ở trạng thái "Đã tổng hợp báo cáo UBND tỉnh"
    Và văn bản "BC 6 tháng Cầu Ngang" thuộc văn bản tổng hợp "BC sơ kết tỉnh"
    Và "Việc bảo mật thông tin trong phạm vi quản lý" của văn bản "BC 6 tháng Cầu Ngang" là "Không để lộ, lọt thông tin thuộc danh mục bí mật"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:004_5b944f41a127e280.txt:III.2 @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Sở trả lại báo cáo phải ghi lý do; huyện bổ sung, ký và gửi lại
    Cho văn bản "BC 6 tháng Cầu Ngang" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông"
    Khi "cv.stttt.tv" thực hiện "Trả lại, yêu cầu bổ sung" văn bản "BC 6 tháng Cầu Ngang"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cv.stttt.tv" thực hiện "Trả lại, yêu cầu bổ sung" văn bản "BC 6 tháng Cầu Ngang" với lý do "Bổ sung kinh phí đã sử dụng và khó khăn, đề xuất"
    Thì văn bản "BC 6 tháng Cầu Ngang" ở trạng thái "Trả lại"
    Khi "cv.caungang.tv" sửa văn bản "BC 6 tháng Cầu Ngang", với "Kinh phí đã sử dụng" là "60.000.000"
    Và "ld.caungang.tv" thực hiện "Ký báo cáo" văn bản "BC 6 tháng Cầu Ngang"
    Và "cv.caungang.tv" thực hiện "Gửi Sở Thông tin và Truyền thông" văn bản "BC 6 tháng Cầu Ngang"
    Và "cv.stttt.tv" thực hiện "Tiếp nhận báo cáo" văn bản "BC 6 tháng Cầu Ngang"
    Thì văn bản "BC 6 tháng Cầu Ngang" ở trạng thái "Đã tiếp nhận"
    Và "Kinh phí đã sử dụng" của văn bản "BC 6 tháng Cầu Ngang" là "60.000.000"
    Và lịch sử văn bản "BC 6 tháng Cầu Ngang" ghi "cv.stttt.tv" thực hiện "Trả lại, yêu cầu bổ sung" với lý do "Bổ sung kinh phí đã sử dụng và khó khăn, đề xuất"

  @basis:004_5b944f41a127e280.txt:III.2 @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Sở mở lại báo cáo đã tiếp nhận trước khi tổng hợp; báo cáo đã tổng hợp thì không mở lại được
    Cho "cv.dai.tv" lập "Báo cáo hoạt động thông tin đối ngoại của đơn vị" của đơn vị "TV_DAI" năm 2024, gọi là "BC 6 tháng Đài", với "Kỳ báo cáo" là "Sơ kết 6 tháng"
    Và văn bản "BC 6 tháng Cầu Ngang" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và văn bản "BC 6 tháng Đài" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và "cv.stttt.tv" lập "Báo cáo hoạt động thông tin đối ngoại của tỉnh" của đơn vị "TV_STTTT" năm 2024, gọi là "BC sơ kết tỉnh", với "Kỳ báo cáo" là "Sơ kết 6 tháng"
    Khi "cv.stttt.tv" thực hiện "Trả lại, yêu cầu bổ sung" văn bản "BC 6 tháng Đài" với lý do "Bổ sung số chương trình tiếng Khmer đã phát"
    Thì văn bản "BC 6 tháng Đài" ở trạng thái "Trả lại"
    Khi "cv.stttt.tv" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC sơ kết tỉnh"
    Thì văn bản "BC 6 tháng Cầu Ngang" thuộc văn bản tổng hợp "BC sơ kết tỉnh"
    Và văn bản "BC 6 tháng Đài" không thuộc văn bản tổng hợp nào
    Khi "cv.stttt.tv" thực hiện "Trả lại, yêu cầu bổ sung" văn bản "BC 6 tháng Cầu Ngang" với lý do "Mở lại sau khi đã tổng hợp"
    Thì thao tác bị từ chối vì không thực hiện được ở trạng thái hiện tại
    Và văn bản "BC 6 tháng Cầu Ngang" ở trạng thái "Đã tổng hợp báo cáo UBND tỉnh"

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Báo Trà Vinh ngoài khối UBND tỉnh cũng gửi báo cáo về Sở Thông tin và Truyền thông
    Cho "cv.bao.tv" có vai trò "unit_officer" tại đơn vị "TV_BAO"
    Và "ld.bao.tv" có vai trò "unit_head" tại đơn vị "TV_BAO"
    Và "cv.bao.tv" lập "Báo cáo hoạt động thông tin đối ngoại của đơn vị" của đơn vị "TV_BAO" năm 2024, gọi là "BC 6 tháng Báo Trà Vinh", với "Kỳ báo cáo" là "Sơ kết 6 tháng"
    Khi "ld.bao.tv" thực hiện "Ký báo cáo" văn bản "BC 6 tháng Báo Trà Vinh"
    Và "cv.bao.tv" thực hiện "Gửi Sở Thông tin và Truyền thông" văn bản "BC 6 tháng Báo Trà Vinh"
    Và "cv.stttt.tv" thực hiện "Tiếp nhận báo cáo" văn bản "BC 6 tháng Báo Trà Vinh"
    Thì văn bản "BC 6 tháng Báo Trà Vinh" ở trạng thái "Đã tiếp nhận"

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Chuyên viên không ký; huyện khác không gửi thay; Sở Tài chính không tiếp nhận báo cáo thay Sở Thông tin và Truyền thông
    Cho "cv.tracu.tv" có vai trò "unit_officer" tại đơn vị "TV_H_TRACU_UBND"
    Và "cv.stc.tv" có vai trò "coordinator" tại đơn vị "TV_STC"
    Khi "cv.caungang.tv" thực hiện "Ký báo cáo" văn bản "BC 6 tháng Cầu Ngang"
    Thì thao tác bị từ chối vì sai vai trò
    Cho "ld.caungang.tv" đã thực hiện "Ký báo cáo" văn bản "BC 6 tháng Cầu Ngang"
    Khi "cv.tracu.tv" thực hiện "Gửi Sở Thông tin và Truyền thông" văn bản "BC 6 tháng Cầu Ngang"
    Thì thao tác bị từ chối vì sai đơn vị
    Cho "cv.caungang.tv" đã thực hiện "Gửi Sở Thông tin và Truyền thông" văn bản "BC 6 tháng Cầu Ngang"
    Khi "cv.stc.tv" thực hiện "Tiếp nhận báo cáo" văn bản "BC 6 tháng Cầu Ngang"
    Thì thao tác bị từ chối vì sai đơn vị
    Khi "ct.caungang.tv" thực hiện "Tiếp nhận báo cáo" văn bản "BC 6 tháng Cầu Ngang"
    Thì thao tác bị từ chối vì sai vai trò
    Và văn bản "BC 6 tháng Cầu Ngang" ở trạng thái "Đã gửi Sở Thông tin và Truyền thông"

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Kế hoạch không nêu kỳ hạn nên báo cáo của đơn vị không bị tính quá hạn
    Thì văn bản "BC 6 tháng Cầu Ngang" không có hạn xử lý
    Khi "ld.caungang.tv" thực hiện "Ký báo cáo" văn bản "BC 6 tháng Cầu Ngang"
    Thì văn bản "BC 6 tháng Cầu Ngang" không có hạn xử lý
    Và không có văn bản nào quá hạn vào ngày 31/12/2024

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Gửi báo cáo và thu hồi để chỉnh sửa cùng lúc: chỉ một thao tác được ghi nhận
    Cho văn bản "BC 6 tháng Cầu Ngang" đã qua các bước "Ký báo cáo"
    Khi "cv.caungang.tv" thực hiện "Gửi Sở Thông tin và Truyền thông" và "ld.caungang.tv" thực hiện "Thu hồi để chỉnh sửa" văn bản "BC 6 tháng Cầu Ngang" cùng lúc trên cùng một phiên bản
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và chuỗi lịch sử kiểm tra hợp lệ
