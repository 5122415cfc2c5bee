# language: vi
Tính năng: Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị (bộ quy trình hiện hành)
  Chỉ thị 002_0c56fb678df250a7.txt, II.10: "Hàng năm (tháng 5) xây dựng và tổ chức thực hiện
  kế hoạch hoạt động thông tin đối ngoại của địa phương, gửi kế hoạch về Sở Thông tin và
  Truyền thông để tổng hợp xây dựng Kế hoạch hoạt động thông tin đối ngoại chung của tỉnh,
  trình Ủy ban nhân dân tỉnh phê duyệt và chỉ đạo thực hiện".
  Mục I: "Xây dựng, ban hành Kế hoạch hoạt động thông tin đối ngoại hàng năm của các cấp, các
  ngành liên quan và tổ chức thực hiện sau khi Ủy ban nhân dân tỉnh phê duyệt".
  Chỉ thị 004_5b944f41a127e280.txt, III.10: "hàng năm xây dựng Kế hoạch hoạt động thông tin
  đối ngoại và dự toán kinh phí của đơn vị".
  Từ 01/3/2025 cơ quan đầu mối là Sở Văn hóa, Thể thao và Du lịch; các đơn vị lập kế hoạch là
  các sở, ngành, xã, phường và cơ quan báo chí.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "current"
    Và hôm nay là ngày 15/04/2026
    Và "cv.tanphong" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "LC_P_TANPHONG" năm 2026, gọi là "KH Tân Phong"

  @basis:002_0c56fb678df250a7.txt:I,_II.10;_004_5b944f41a127e280.txt_III.10 @basis:004_5b944f41a127e280.txt:III.10 @basis:002_0c56fb678df250a7.txt:II.10 @basis:002_0c56fb678df250a7.txt:II.1,_II.10 @basis:002_0c56fb678df250a7.txt:II.1 @basis:002_0c56fb678df250a7.txt:I
  Kịch bản: Kế hoạch của phường đi hết quy trình đến khi được phê duyệt cùng Kế hoạch của tỉnh
    Thì văn bản "KH Tân Phong" ở trạng thái "Dự thảo"
    Khi "ld.tanphong" thực hiện "Ký kế hoạch" văn bản "KH Tân Phong"
    Và "cv.tanphong" thực hiện "Gửi cơ quan đầu mối" văn bản "KH Tân Phong"
    Thì văn bản "KH Tân Phong" ở trạng thái "Đã gửi cơ quan đầu mối"
    Khi "cv.svhttdl" thực hiện "Tiếp nhận, xem xét" văn bản "KH Tân Phong"
    Và "cv.svhttdl" thực hiện "Chấp thuận" văn bản "KH Tân Phong" với lý do "Phù hợp định hướng thông tin đối ngoại năm 2026"
    Thì văn bản "KH Tân Phong" ở trạng thái "Đã chấp thuận"
    Khi "cv.svhttdl" lập "Kế hoạch hoạt động thông tin đối ngoại năm của tỉnh" của đơn vị "LC_SVHTTDL" năm 2026, gọi là "KH tỉnh"
    Và "cv.svhttdl" thực hiện "Tổng hợp kế hoạch các đơn vị" văn bản "KH tỉnh"
    Thì văn bản "KH Tân Phong" ở trạng thái "Đã tổng hợp"
    Và văn bản "KH Tân Phong" thuộc văn bản tổng hợp "KH tỉnh"
    Khi "ld.svhttdl" thực hiện "Ký tờ trình" văn bản "KH tỉnh"
    Và "cv.svhttdl" thực hiện "Trình UBND tỉnh" văn bản "KH tỉnh" với "Số tờ trình trình UBND tỉnh" là "96/TTr-SVHTTDL"
    Và "pct.ubnd" thực hiện "Phê duyệt" văn bản "KH tỉnh"
    Thì văn bản "KH Tân Phong" ở trạng thái "Đã phê duyệt"
    Và lịch sử văn bản "KH Tân Phong" ghi "ld.tanphong" thực hiện "Ký kế hoạch"
    Và lịch sử văn bản "KH Tân Phong" ghi "cv.svhttdl" thực hiện "Chấp thuận"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:002_0c56fb678df250a7.txt:II.10
  Kịch bản: Cơ quan đầu mối trả lại kế hoạch phải ghi lý do, đơn vị sửa và gửi lại
    Cho văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét"
    Khi "cv.svhttdl" thực hiện "Trả lại đơn vị" văn bản "KH Tân Phong"
    Thì thao tác bị từ chối vì phải ghi lý do
    Và văn bản "KH Tân Phong" không có thay đổi nào
    Khi "cv.svhttdl" thực hiện "Trả lại đơn vị" văn bản "KH Tân Phong" với lý do "Bổ sung nội dung tuyên truyền về biên giới, cột mốc"
    Thì văn bản "KH Tân Phong" ở trạng thái "Trả lại"
    Và lịch sử văn bản "KH Tân Phong" ghi "cv.svhttdl" thực hiện "Trả lại đơn vị" với lý do "Bổ sung nội dung tuyên truyền về biên giới, cột mốc"
    Khi "cv.tanphong" sửa văn bản "KH Tân Phong", với "Kinh phí dự kiến" là "150.000.000"
    Và "ld.tanphong" thực hiện "Ký kế hoạch" văn bản "KH Tân Phong"
    Và "cv.tanphong" thực hiện "Gửi cơ quan đầu mối" văn bản "KH Tân Phong"
    Thì văn bản "KH Tân Phong" ở trạng thái "Đã gửi cơ quan đầu mối"
    Và "Kinh phí dự kiến" của văn bản "KH Tân Phong" là "150.000.000"

  @basis:002_0c56fb678df250a7.txt:II.10
  Kịch bản: Chỉ lãnh đạo của chính đơn vị mới được ký kế hoạch
    Thì "cv.tanphong" không được thực hiện thao tác nào trên văn bản "KH Tân Phong"
    Và "ld.tanphong" chỉ được thấy các thao tác "Ký kế hoạch" trên văn bản "KH Tân Phong"
    Khi "cv.tanphong" thực hiện "Ký kế hoạch" văn bản "KH Tân Phong"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "ld.bao" thực hiện "Ký kế hoạch" văn bản "KH Tân Phong"
    Thì thao tác bị từ chối vì sai đơn vị
    Và văn bản "KH Tân Phong" không có thay đổi nào
    Và văn bản "KH Tân Phong" ở trạng thái "Dự thảo"

  @basis:002_0c56fb678df250a7.txt:I,_II.10;_004_5b944f41a127e280.txt_III.10
  Kịch bản: Đơn vị chỉ lập kế hoạch của chính mình
    Khi "cv.bao" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "LC_P_TANPHONG" năm 2026, gọi là "KH lập hộ"
    Thì thao tác bị từ chối vì sai đơn vị
    Khi "cv.stc" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "LC_STC" năm 2026, gọi là "KH Sở Tài chính"
    Thì thao tác bị từ chối vì sai vai trò

  @basis:002_0c56fb678df250a7.txt:II.10
  Kịch bản: Chỉ cơ quan đầu mối của tỉnh được tiếp nhận, xem xét kế hoạch
    Cho "cv.dauomoi.stc" có vai trò "coordinator" tại đơn vị "LC_STC"
    Và văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch, Gửi cơ quan đầu mối"
    Thì "cv.tanphong" không được thực hiện thao tác nào trên văn bản "KH Tân Phong"
    Khi "cv.dauomoi.stc" thực hiện "Tiếp nhận, xem xét" văn bản "KH Tân Phong"
    Thì thao tác bị từ chối vì sai đơn vị
    Khi "cv.stc" thực hiện "Tiếp nhận, xem xét" văn bản "KH Tân Phong"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "cv.svhttdl" thực hiện "Tiếp nhận, xem xét" văn bản "KH Tân Phong"
    Thì thao tác thành công
    Và văn bản "KH Tân Phong" ở trạng thái "Đang xem xét"
    Và "cv.svhttdl" chỉ được thấy các thao tác "Trả lại đơn vị, Chấp thuận" trên văn bản "KH Tân Phong"

  @basis:002_0c56fb678df250a7.txt:I
  Kịch bản: Đơn vị không tự phê duyệt kế hoạch: chỉ UBND tỉnh phê duyệt qua Kế hoạch của tỉnh
    Cho văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Khi "cv.svhttdl" thực hiện "Được phê duyệt cùng Kế hoạch của tỉnh" văn bản "KH Tân Phong"
    Thì thao tác bị từ chối vì không đủ thẩm quyền
    Và lý do từ chối có "chỉ do hệ thống thực hiện"
    Khi "pct.ubnd" thực hiện "Được phê duyệt cùng Kế hoạch của tỉnh" văn bản "KH Tân Phong"
    Thì thao tác bị từ chối vì không đủ thẩm quyền
    Và văn bản "KH Tân Phong" ở trạng thái "Đã chấp thuận"

  @basis:002_0c56fb678df250a7.txt:II.10
  Kịch bản: Kế hoạch đã ký không sửa được; muốn sửa phải thu hồi về dự thảo
    Cho "ld.tanphong" đã thực hiện "Ký kế hoạch" văn bản "KH Tân Phong"
    Khi "cv.tanphong" sửa văn bản "KH Tân Phong", với "Kinh phí dự kiến" là "200.000.000"
    Thì thao tác bị từ chối vì không thực hiện được ở trạng thái hiện tại
    Khi "cv.tanphong" thực hiện "Thu hồi để chỉnh sửa" văn bản "KH Tân Phong"
    Và "cv.tanphong" sửa văn bản "KH Tân Phong", với "Kinh phí dự kiến" là "200.000.000"
    Thì văn bản "KH Tân Phong" ở trạng thái "Dự thảo"
    Và "Kinh phí dự kiến" của văn bản "KH Tân Phong" là "200.000.000"

  @basis:004_5b944f41a127e280.txt:III.10 @basis:002_0c56fb678df250a7.txt:II.10
  Kịch bản: Kế hoạch thiếu nội dung chủ yếu không ký được
    Cho "cv.bao" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "LC_BAO" năm 2026, gọi là "KH Báo", chưa điền nội dung
    Khi "ld.bao" thực hiện "Ký kế hoạch" văn bản "KH Báo"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "Mục đích, yêu cầu và nội dung chủ yếu"
    Và lý do từ chối có "Kinh phí dự kiến"
    Khi "cv.bao" sửa văn bản "KH Báo" với nội dung:
      | Trường                                 | Giá trị                                        |
      | Mục đích, yêu cầu và nội dung chủ yếu | Mở chuyên trang tiếng Anh trên báo điện tử      |
      | Kinh phí dự kiến                       | 650.000.000                                    |
    Và "ld.bao" thực hiện "Ký kế hoạch" văn bản "KH Báo"
    Thì văn bản "KH Báo" ở trạng thái "Đã ký"

  @basis:002_0c56fb678df250a7.txt:II.10
  Kịch bản: Kế hoạch chưa gửi cơ quan đầu mối quá hạn sau ngày 31/5
    Cho "cv.muongte" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "LC_X_MUONGTE" năm 2026, gọi là "KH Mường Tè"
    Thì hạn xử lý của văn bản "KH Tân Phong" là ngày 31/05/2026
    Và không có văn bản nào quá hạn vào ngày 31/05/2026
    Khi "ld.tanphong" thực hiện "Ký kế hoạch" văn bản "KH Tân Phong" vào ngày 20/05/2026
    Và "cv.tanphong" thực hiện "Gửi cơ quan đầu mối" văn bản "KH Tân Phong" vào ngày 25/05/2026
    Thì hạn xử lý của văn bản "KH Tân Phong" là ngày 20/06/2026
    Và văn bản "KH Tân Phong" không quá hạn vào ngày 01/06/2026
    Và văn bản "KH Mường Tè" quá hạn vào ngày 01/06/2026
    Và danh sách văn bản quá hạn vào ngày 01/06/2026 gồm "KH Mường Tè"
    Và danh sách văn bản quá hạn vào ngày 21/06/2026 gồm "KH Mường Tè, KH Tân Phong"

  @basis:002_0c56fb678df250a7.txt:II.10
  Kịch bản: Hai chuyên viên cơ quan đầu mối cùng bấm tiếp nhận một kế hoạch
    Cho "cv2.svhttdl" có vai trò "coordinator" tại đơn vị "LC_SVHTTDL"
    Và văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối"
    Khi "cv.svhttdl" và "cv2.svhttdl" cùng lúc thực hiện "Tiếp nhận, xem xét" văn bản "KH Tân Phong" trên cùng một phiên bản
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và văn bản "KH Tân Phong" ở trạng thái "Đang xem xét"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:002_0c56fb678df250a7.txt:II.10
  Kịch bản: Chấp thuận trên trang đã cũ thì bị từ chối, không ghi đè việc trả lại
    Cho "cv2.svhttdl" có vai trò "coordinator" tại đơn vị "LC_SVHTTDL"
    Và văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét"
    Khi "cv.svhttdl" mở văn bản "KH Tân Phong"
    Và "cv2.svhttdl" thực hiện "Trả lại đơn vị" văn bản "KH Tân Phong" với lý do "Thiếu kinh phí chi tiết"
    Và "cv.svhttdl" thực hiện "Chấp thuận" văn bản "KH Tân Phong"
    Thì thao tác bị từ chối vì văn bản đã bị người khác thay đổi
    Và văn bản "KH Tân Phong" ở trạng thái "Trả lại"
