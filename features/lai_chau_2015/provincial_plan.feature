# language: vi
Tính năng: Kế hoạch hoạt động thông tin đối ngoại năm của tỉnh (Lai Châu 2015)
  Chỉ thị 000_3e448a72fac77645.txt, điểm 1: Sở Thông tin và Truyền thông "Chủ trì, phối hợp với
  các sở, ngành, đơn vị liên quan tham mưu cho Ủy ban Nhân dân tỉnh ban hành các văn bản chỉ đạo,
  quản lý nhà nước về thông tin đối ngoại; kế hoạch hoạt động thông tin đối ngoại hàng năm của tỉnh".
  Kế hoạch của tỉnh không tổng hợp từ kế hoạch của các huyện (các kế hoạch đó chỉ gửi Sở "để theo
  dõi", điểm 10); Chỉ thị không nêu thời hạn và không yêu cầu báo cáo Bộ.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "lai_chau_2015"
    Và hôm nay là ngày 20/03/2015
    Và "cv.stttt.lc15" lập "Kế hoạch hoạt động thông tin đối ngoại năm của tỉnh" của đơn vị "LC15_STTTT" năm 2015, gọi là "KH tỉnh 2015", với nội dung:
      | Nội dung chủ yếu của Kế hoạch                | Quảng bá hình ảnh, con người, văn hóa các dân tộc Lai Châu |
      | Các sở, ngành, đơn vị phối hợp xây dựng      | Sở Ngoại vụ, Sở VHTTDL, Công an tỉnh, Bộ đội Biên phòng    |
      | Tổng kinh phí dự kiến                        | 1.200.000.000                                              |

  @basis:000_3e448a72fac77645.txt:1
  Kịch bản: Sở soạn thảo, Giám đốc ký tờ trình, UBND tỉnh phê duyệt và ban hành Kế hoạch
    Thì văn bản "KH tỉnh 2015" ở trạng thái "Dự thảo"
    Khi "ld.stttt.lc15" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2015"
    Và "cv.stttt.lc15" thực hiện "Trình UBND tỉnh" văn bản "KH tỉnh 2015" với "Số tờ trình trình UBND tỉnh" là "21/TTr-STTTT"
    Thì văn bản "KH tỉnh 2015" ở trạng thái "Đã trình UBND tỉnh"
    Khi "pct.ubnd.lc15" thực hiện "Phê duyệt" văn bản "KH tỉnh 2015"
    Thì văn bản "KH tỉnh 2015" ở trạng thái "UBND tỉnh đã phê duyệt"
    Khi "pct.ubnd.lc15" thực hiện "Ban hành Kế hoạch" văn bản "KH tỉnh 2015" với nội dung:
      | Số, ký hiệu Kế hoạch ban hành | 620/KH-UBND |
      | Ngày ban hành                 | 15/05/2015  |
    Thì văn bản "KH tỉnh 2015" ở trạng thái "Đã ban hành"
    Và "Số tờ trình trình UBND tỉnh" của văn bản "KH tỉnh 2015" là "21/TTr-STTTT"
    Và "Ngày ban hành" của văn bản "KH tỉnh 2015" là "15/05/2015"
    Và "pct.ubnd.lc15" không được thực hiện thao tác nào trên văn bản "KH tỉnh 2015"
    Và lịch sử văn bản "KH tỉnh 2015" ghi "pct.ubnd.lc15" thực hiện "Phê duyệt"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:000_3e448a72fac77645.txt:1
  Kịch bản: UBND tỉnh trả lại Kế hoạch phải ghi lý do; Sở hoàn thiện, ký lại và trình lại
    Cho văn bản "KH tỉnh 2015" đã qua các bước "Ký tờ trình → Trình UBND tỉnh"
    Khi "pct.ubnd.lc15" thực hiện "Trả lại, yêu cầu hoàn thiện" văn bản "KH tỉnh 2015"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "pct.ubnd.lc15" thực hiện "Trả lại, yêu cầu hoàn thiện" văn bản "KH tỉnh 2015" với lý do "Bổ sung nhiệm vụ của Bộ Chỉ huy Bộ đội Biên phòng tỉnh tại khu vực biên giới (điểm 9)"
    Thì văn bản "KH tỉnh 2015" ở trạng thái "UBND tỉnh trả lại"
    Và "cv.stttt.lc15" không được thực hiện thao tác nào trên văn bản "KH tỉnh 2015"
    Khi "cv.stttt.lc15" sửa văn bản "KH tỉnh 2015", với "Nội dung chủ yếu của Kế hoạch" là "Bổ sung chương trình TTĐN tại từng địa bàn biên giới do Bộ đội Biên phòng chủ trì"
    Và "ld.stttt.lc15" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2015"
    Và "cv.stttt.lc15" thực hiện "Trình UBND tỉnh" văn bản "KH tỉnh 2015" với "Số tờ trình trình UBND tỉnh" là "34/TTr-STTTT"
    Và "pct.ubnd.lc15" thực hiện "Phê duyệt" văn bản "KH tỉnh 2015"
    Thì văn bản "KH tỉnh 2015" ở trạng thái "UBND tỉnh đã phê duyệt"
    Và "Số tờ trình trình UBND tỉnh" của văn bản "KH tỉnh 2015" là "34/TTr-STTTT"
    Và lịch sử văn bản "KH tỉnh 2015" ghi "pct.ubnd.lc15" thực hiện "Trả lại, yêu cầu hoàn thiện" với lý do "Bổ sung nhiệm vụ của Bộ Chỉ huy Bộ đội Biên phòng tỉnh tại khu vực biên giới (điểm 9)"

  @basis:000_3e448a72fac77645.txt:1 @basis:000_3e448a72fac77645.txt:10
  Kịch bản: Kế hoạch của tỉnh không tổng hợp kế hoạch của các huyện gửi để theo dõi
    Cho "cv.tp.lc15" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "LC15_TP_LAICHAU" năm 2015, gọi là "KH thành phố"
    Và văn bản "KH thành phố" đã qua các bước "Ký ban hành kế hoạch → Gửi Sở Thông tin và Truyền thông để theo dõi → Tiếp nhận để theo dõi"
    Khi "ld.stttt.lc15" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2015"
    Và "cv.stttt.lc15" thực hiện "Trình UBND tỉnh" văn bản "KH tỉnh 2015" với "Số tờ trình trình UBND tỉnh" là "21/TTr-STTTT"
    Và "pct.ubnd.lc15" thực hiện "Phê duyệt" văn bản "KH tỉnh 2015"
    Thì văn bản "KH tỉnh 2015" ở trạng thái "UBND tỉnh đã phê duyệt"
    Và văn bản "KH thành phố" không thuộc văn bản tổng hợp nào
    Và văn bản "KH thành phố" vẫn ở trạng thái "Đã tiếp nhận (để theo dõi)"

  @basis:000_3e448a72fac77645.txt:1
  Kịch bản: Chuyên viên không ký tờ trình; sở khác không ký thay; chỉ lãnh đạo UBND tỉnh phê duyệt
    Cho "ld.sngv.lc15" có vai trò "coordinator_head" tại đơn vị "LC15_SNGV"
    Khi "cv.stttt.lc15" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2015"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "ld.sngv.lc15" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2015"
    Thì thao tác bị từ chối vì sai đơn vị
    Khi "cv.sngv.lc15" lập "Kế hoạch hoạt động thông tin đối ngoại năm của tỉnh" của đơn vị "LC15_STTTT" năm 2015, gọi là "KH lập hộ"
    Thì thao tác bị từ chối vì sai vai trò
    Cho văn bản "KH tỉnh 2015" đã qua các bước "Ký tờ trình → Trình UBND tỉnh"
    Khi "ld.stttt.lc15" thực hiện "Phê duyệt" văn bản "KH tỉnh 2015"
    Thì thao tác bị từ chối vì sai vai trò
    Và văn bản "KH tỉnh 2015" ở trạng thái "Đã trình UBND tỉnh"
    Và "pct.ubnd.lc15" chỉ được thấy các thao tác "Phê duyệt, Trả lại, yêu cầu hoàn thiện" trên văn bản "KH tỉnh 2015"

  @basis:000_3e448a72fac77645.txt:1
  Kịch bản: Người đã ký tờ trình không tự phê duyệt Kế hoạch
    Cho "ld.stttt.lc15" có vai trò "Lãnh đạo UBND tỉnh" tại đơn vị "LC15_UBND"
    Và "ld.stttt.lc15" đã thực hiện "Ký tờ trình" văn bản "KH tỉnh 2015"
    Và "cv.stttt.lc15" đã thực hiện "Trình UBND tỉnh" văn bản "KH tỉnh 2015" với "Số tờ trình trình UBND tỉnh" là "21/TTr-STTTT"
    Thì "ld.stttt.lc15" thấy thao tác "Phê duyệt" văn bản "KH tỉnh 2015" bị chặn vì lý do có "«Ký tờ trình»"
    Khi "ld.stttt.lc15" thực hiện "Phê duyệt" văn bản "KH tỉnh 2015"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và văn bản "KH tỉnh 2015" vẫn ở trạng thái "Đã trình UBND tỉnh"
    Khi "pct.ubnd.lc15" thực hiện "Phê duyệt" văn bản "KH tỉnh 2015"
    Thì văn bản "KH tỉnh 2015" ở trạng thái "UBND tỉnh đã phê duyệt"

  @basis:000_3e448a72fac77645.txt:1
  Kịch bản: Phó Giám đốc Sở ký tờ trình thay Giám đốc trong thời hạn ủy quyền, không ký được khi ủy quyền đã hết
    Cho "ld.stttt.lc15" ủy quyền vai trò "Lãnh đạo cơ quan đầu mối (Sở TT&TT)" tại đơn vị "LC15_STTTT" cho "pgd.stttt.lc15" từ ngày 16/03/2015 đến ngày 31/03/2015
    Khi "pgd.stttt.lc15" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2015" vào ngày 25/03/2015
    Thì văn bản "KH tỉnh 2015" ở trạng thái "Lãnh đạo Sở đã ký tờ trình"
    Và lịch sử văn bản "KH tỉnh 2015" ghi "pgd.stttt.lc15" thực hiện "Ký tờ trình" thay mặt "ld.stttt.lc15"
    Khi "cv.stttt.lc15" thực hiện "Thu hồi để chỉnh sửa" văn bản "KH tỉnh 2015" vào ngày 02/04/2015
    Và "pgd.stttt.lc15" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2015" vào ngày 02/04/2015
    Thì thao tác bị từ chối vì ủy quyền đã hết hạn
    Và lý do từ chối có "31/03/2015"
    Và văn bản "KH tỉnh 2015" ở trạng thái "Dự thảo"

  @basis:000_3e448a72fac77645.txt:1
  Kịch bản: Hai lãnh đạo UBND tỉnh cùng lúc phê duyệt và trả lại: chỉ một ý kiến được ghi nhận
    Cho "ct.ubnd.lc15" có vai trò "approver" tại đơn vị "LC15_UBND"
    Và văn bản "KH tỉnh 2015" đã qua các bước "Ký tờ trình → Trình UBND tỉnh"
    Khi "pct.ubnd.lc15" thực hiện "Phê duyệt" và "ct.ubnd.lc15" thực hiện "Trả lại, yêu cầu hoàn thiện" văn bản "KH tỉnh 2015" cùng lúc trên cùng một phiên bản, với lý do "Ý kiến của lãnh đạo UBND tỉnh"
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:000_3e448a72fac77645.txt:1
  Kịch bản: Chỉ thị không nêu thời hạn trình Kế hoạch của tỉnh
    Thì văn bản "KH tỉnh 2015" không có hạn xử lý
    Khi "ld.stttt.lc15" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2015"
    Thì văn bản "KH tỉnh 2015" không có hạn xử lý
    Và không có văn bản nào quá hạn vào ngày 31/12/2015
