# language: vi
Tính năng: Kế hoạch hoạt động thông tin đối ngoại năm của tỉnh (Trà Vinh 2023)
  Kế hoạch kèm Quyết định 1899/QĐ-UBND, 004_5b944f41a127e280.txt, III.2: Sở Thông tin và Truyền thông
  "Chủ trì, phối hợp với các sở, ban, ngành tỉnh, địa phương tham mưu Ủy ban nhân dân tỉnh ban hành
  các văn bản chỉ đạo, hướng dẫn, tổ chức thực hiện chương trình, kế hoạch ... triển khai thực hiện
  các chương trình, đề án, kế hoạch hoạt động thông tin đối ngoại trên địa bàn tỉnh".
  II.1: các kế hoạch triển khai hoạt động thông tin đối ngoại hằng năm của tỉnh. Điều 1: "Ban hành
  kèm theo Quyết định này Kế hoạch ..." (Quyết định do Giám đốc Sở Thông tin và Truyền thông đề nghị,
  UBND tỉnh ký). Kế hoạch của tỉnh không tổng hợp từ kế hoạch các đơn vị và không có thời hạn.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "tra_vinh_2023"
    Và hôm nay là ngày 05/02/2024
    Và "cv.stttt.tv" lập "Kế hoạch hoạt động thông tin đối ngoại năm của tỉnh" của đơn vị "TV_STTTT" năm 2024, gọi là "KH tỉnh 2024", với nội dung:
      | Nội dung chủ yếu của Kế hoạch | Triển khai Kết luận 57-KL/TW; truyền thông quảng bá vùng đất, con người Trà Vinh |
      | Tổng kinh phí dự kiến         | 1.400.000.000                                                                     |

  @basis:004_5b944f41a127e280.txt:II.1,_III.2 @basis:004_5b944f41a127e280.txt:III.2 @basis:004_5b944f41a127e280.txt:Điều_1
  Kịch bản: Sở Thông tin và Truyền thông trình, lãnh đạo UBND tỉnh phê duyệt và ban hành Kế hoạch
    Thì văn bản "KH tỉnh 2024" ở trạng thái "Dự thảo"
    Khi "ld.stttt.tv" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2024"
    Và "cv.stttt.tv" thực hiện "Trình UBND tỉnh" văn bản "KH tỉnh 2024" với "Số tờ trình trình UBND tỉnh" là "19/TTr-STTTT"
    Thì văn bản "KH tỉnh 2024" ở trạng thái "Đã trình UBND tỉnh"
    Khi "pct.ubnd.tv" thực hiện "Phê duyệt" văn bản "KH tỉnh 2024"
    Thì văn bản "KH tỉnh 2024" ở trạng thái "UBND tỉnh đã phê duyệt"
    Khi "pct.ubnd.tv" thực hiện "Ban hành" văn bản "KH tỉnh 2024" với nội dung:
      | Số, ký hiệu Quyết định/Kế hoạch ban hành | 25/KH-UBND |
      | Ngày ban hành                            | 29/02/2024 |
    Thì văn bản "KH tỉnh 2024" ở trạng thái "Đã ban hành"
    Và "Số, ký hiệu Quyết định/Kế hoạch ban hành" của văn bản "KH tỉnh 2024" là "25/KH-UBND"
    Và "Ngày ban hành" của văn bản "KH tỉnh 2024" là "29/02/2024"
    Và văn bản "KH tỉnh 2024" không có hạn xử lý
    Và "pct.ubnd.tv" không được thực hiện thao tác nào trên văn bản "KH tỉnh 2024"
    Và lịch sử văn bản "KH tỉnh 2024" ghi "pct.ubnd.tv" thực hiện "Ban hành"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:004_5b944f41a127e280.txt:III.2
  Kịch bản: UBND tỉnh trả lại Kế hoạch phải ghi lý do; Sở hoàn thiện, ký và trình lại
    Cho văn bản "KH tỉnh 2024" đã qua các bước "Ký tờ trình → Trình UBND tỉnh"
    Khi "pct.ubnd.tv" thực hiện "Trả lại, yêu cầu hoàn thiện" văn bản "KH tỉnh 2024"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "pct.ubnd.tv" thực hiện "Trả lại, yêu cầu hoàn thiện" văn bản "KH tỉnh 2024" với lý do "Bổ sung phân công Văn phòng UBND tỉnh về đoàn phóng viên nước ngoài theo III.1"
    Thì văn bản "KH tỉnh 2024" ở trạng thái "UBND tỉnh trả lại"
    Khi "cv.stttt.tv" sửa văn bản "KH tỉnh 2024", với "Nội dung chủ yếu của Kế hoạch" là "Bổ sung truyền thông quảng bá qua đoàn phóng viên nước ngoài (III.1)"
    Và "ld.stttt.tv" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2024"
    Và "cv.stttt.tv" thực hiện "Trình UBND tỉnh" văn bản "KH tỉnh 2024" với "Số tờ trình trình UBND tỉnh" là "19/TTr-STTTT"
    Và "pct.ubnd.tv" thực hiện "Phê duyệt" văn bản "KH tỉnh 2024"
    Thì văn bản "KH tỉnh 2024" ở trạng thái "UBND tỉnh đã phê duyệt"
    Và lịch sử văn bản "KH tỉnh 2024" ghi "pct.ubnd.tv" thực hiện "Trả lại, yêu cầu hoàn thiện" với lý do "Bổ sung phân công Văn phòng UBND tỉnh về đoàn phóng viên nước ngoài theo III.1"

  @basis:004_5b944f41a127e280.txt:III.2
  Kịch bản: Chuyên viên không ký tờ trình; Chủ tịch UBND huyện không phê duyệt Kế hoạch của tỉnh
    Khi "cv.stttt.tv" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2024"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "ld.svhttdl.tv" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2024"
    Thì thao tác bị từ chối vì sai vai trò
    Cho văn bản "KH tỉnh 2024" đã qua các bước "Ký tờ trình → Trình UBND tỉnh"
    Khi "ct.caungang.tv" thực hiện "Phê duyệt" văn bản "KH tỉnh 2024"
    Thì thao tác bị từ chối vì sai đơn vị
    Khi "ld.stttt.tv" thực hiện "Phê duyệt" văn bản "KH tỉnh 2024"
    Thì thao tác bị từ chối vì sai vai trò
    Và văn bản "KH tỉnh 2024" ở trạng thái "Đã trình UBND tỉnh"
    Và "pct.ubnd.tv" chỉ được thấy các thao tác "Phê duyệt; Trả lại, yêu cầu hoàn thiện" trên văn bản "KH tỉnh 2024"

  @basis:004_5b944f41a127e280.txt:III.2
  Kịch bản: Người đã ký tờ trình không tự phê duyệt Kế hoạch
    Cho "ld.stttt.tv" có vai trò "Lãnh đạo UBND tỉnh" tại đơn vị "TV_UBND"
    Và "ld.stttt.tv" đã thực hiện "Ký tờ trình" văn bản "KH tỉnh 2024"
    Và "cv.stttt.tv" đã thực hiện "Trình UBND tỉnh" văn bản "KH tỉnh 2024" với "Số tờ trình trình UBND tỉnh" là "19/TTr-STTTT"
    Thì "ld.stttt.tv" thấy thao tác "Phê duyệt" văn bản "KH tỉnh 2024" bị chặn vì lý do có "«Ký tờ trình»"
    Khi "ld.stttt.tv" thực hiện "Phê duyệt" văn bản "KH tỉnh 2024"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và văn bản "KH tỉnh 2024" vẫn ở trạng thái "Đã trình UBND tỉnh"

  @basis:004_5b944f41a127e280.txt:III.2
  Kịch bản: Phó Giám đốc ký tờ trình thay Giám đốc Sở trong thời hạn ủy quyền, không ký được khi đã hết hạn
    Cho "ld.stttt.tv" ủy quyền vai trò "Lãnh đạo cơ quan đầu mối (Sở TT&TT)" tại đơn vị "TV_STTTT" cho "pgd.stttt.tv" từ ngày 05/02/2024 đến ngày 09/02/2024
    Khi "pgd.stttt.tv" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2024" vào ngày 07/02/2024
    Thì văn bản "KH tỉnh 2024" ở trạng thái "Lãnh đạo Sở đã ký tờ trình"
    Và lịch sử văn bản "KH tỉnh 2024" ghi "pgd.stttt.tv" thực hiện "Ký tờ trình" thay mặt "ld.stttt.tv"
    Khi "cv.stttt.tv" thực hiện "Thu hồi để chỉnh sửa" văn bản "KH tỉnh 2024" vào ngày 15/02/2024
    Và "pgd.stttt.tv" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2024" vào ngày 15/02/2024
    Thì thao tác bị từ chối vì ủy quyền đã hết hạn
    Và lý do từ chối có "09/02/2024"
    Và văn bản "KH tỉnh 2024" ở trạng thái "Dự thảo"

  @basis:004_5b944f41a127e280.txt:III.2
  Kịch bản: Hai lãnh đạo UBND tỉnh cùng lúc phê duyệt và trả lại: chỉ một ý kiến được ghi nhận
    Cho "ct.ubnd.tv" có vai trò "approver" tại đơn vị "TV_UBND"
    Và văn bản "KH tỉnh 2024" đã qua các bước "Ký tờ trình → Trình UBND tỉnh"
    Khi "pct.ubnd.tv" thực hiện "Phê duyệt" và "ct.ubnd.tv" thực hiện "Trả lại, yêu cầu hoàn thiện" văn bản "KH tỉnh 2024" cùng lúc trên cùng một phiên bản, với lý do "Ý kiến của lãnh đạo UBND tỉnh"
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và chuỗi lịch sử kiểm tra hợp lệ
