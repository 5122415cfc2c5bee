# language: vi
Tính năng: Kế hoạch hoạt động thông tin đối ngoại năm của tỉnh (Kon Tum 2013–2020)
  Chỉ thị 002_0c56fb678df250a7.txt, II.1: Sở Thông tin và Truyền thông "Chủ trì xây dựng kế hoạch
  hoạt động thông tin đối ngoại hàng năm của tỉnh trên cơ sở Kế hoạch hoạt động thông tin đối ngoại
  của các sở, ngành, địa phương trình Ủy ban nhân dân tỉnh phê duyệt, báo cáo Bộ Thông tin và
  Truyền thông trước ngày 01/7 hàng năm theo quy định".
  II.10: kế hoạch của huyện, thành phố gửi về Sở "để tổng hợp xây dựng Kế hoạch hoạt động thông tin
  đối ngoại chung của tỉnh, trình Ủy ban nhân dân tỉnh phê duyệt và chỉ đạo thực hiện".
  Mục I: các cấp, các ngành "tổ chức thực hiện sau khi Ủy ban nhân dân tỉnh phê duyệt".

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "kon_tum_2013"
    Và hôm nay là ngày 02/06/2014
    Và "cv.ngochoi.kt" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "KT_H_NGOCHOI" năm 2014, gọi là "KH Ngọc Hồi"
    Và "cv.bao.kt" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "KT_BAO" năm 2014, gọi là "KH Báo Kon Tum"
    Và "cv.stttt.kt" lập "Kế hoạch hoạt động thông tin đối ngoại năm của tỉnh" của đơn vị "KT_STTTT" năm 2014, gọi là "KH tỉnh 2014"

  @basis:002_0c56fb678df250a7.txt:II.1 @basis:002_0c56fb678df250a7.txt:II.1,_II.10 @basis:002_0c56fb678df250a7.txt:I,_II.1 @basis:002_0c56fb678df250a7.txt:I
  Kịch bản: Sở tổng hợp, UBND tỉnh phê duyệt và ban hành, Sở báo cáo Bộ Thông tin và Truyền thông trước ngày 01/7
    Cho văn bản "KH Ngọc Hồi" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH Báo Kon Tum" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông → Tiếp nhận, xem xét → Chấp thuận"
    Khi "cv.stttt.kt" thực hiện "Tổng hợp kế hoạch các đơn vị" văn bản "KH tỉnh 2014"
    Thì văn bản "KH tỉnh 2014" ở trạng thái "Đã tổng hợp"
    Và văn bản "KH Ngọc Hồi" thuộc văn bản tổng hợp "KH tỉnh 2014"
    Và văn bản "KH Báo Kon Tum" thuộc văn bản tổng hợp "KH tỉnh 2014"
    Khi "ld.stttt.kt" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2014"
    Và "ld.stttt.kt" thực hiện "Trình UBND tỉnh" văn bản "KH tỉnh 2014" với "Số tờ trình trình UBND tỉnh" là "45/TTr-STTTT"
    Và "pct.ubnd.kt" thực hiện "Phê duyệt" văn bản "KH tỉnh 2014"
    Thì văn bản "KH tỉnh 2014" ở trạng thái "Đã phê duyệt"
    Và văn bản "KH Ngọc Hồi" ở trạng thái "Đã phê duyệt"
    Và văn bản "KH Báo Kon Tum" ở trạng thái "Đã phê duyệt"
    Khi "pct.ubnd.kt" thực hiện "Ban hành Kế hoạch" văn bản "KH tỉnh 2014" với "Số, ký hiệu Kế hoạch ban hành" là "1180/KH-UBND" và "Ngày ban hành" là "20/06/2014"
    Và "cv.stttt.kt" thực hiện "Báo cáo Bộ Thông tin và Truyền thông" văn bản "KH tỉnh 2014" với "Số văn bản báo cáo Bộ" là "312/STTTT-TTBCXB" vào ngày 27/06/2014
    Thì văn bản "KH tỉnh 2014" ở trạng thái "Đã báo cáo Bộ"
    Và "Số, ký hiệu Kế hoạch ban hành" của văn bản "KH tỉnh 2014" là "1180/KH-UBND"
    Và văn bản "KH tỉnh 2014" không quá hạn vào ngày 01/07/2014
    Và lịch sử văn bản "KH tỉnh 2014" ghi "cv.stttt.kt" thực hiện "Báo cáo Bộ Thông tin và Truyền thông"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:002_0c56fb678df250a7.txt:II.1
  Kịch bản: Kế hoạch của tỉnh chưa báo cáo Bộ trước ngày 01/7 thì quá hạn
    Thì hạn xử lý của văn bản "KH tỉnh 2014" là ngày 30/06/2014
    Cho văn bản "KH Ngọc Hồi" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh 2014" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình → Trình UBND tỉnh"
    Khi "pct.ubnd.kt" thực hiện "Phê duyệt" văn bản "KH tỉnh 2014" vào ngày 27/06/2014
    Và "pct.ubnd.kt" thực hiện "Ban hành Kế hoạch" văn bản "KH tỉnh 2014" với "Số, ký hiệu Kế hoạch ban hành" là "1180/KH-UBND" và "Ngày ban hành" là "30/06/2014" vào ngày 30/06/2014
    Thì văn bản "KH tỉnh 2014" ở trạng thái "Đã ban hành"
    Và văn bản "KH tỉnh 2014" không quá hạn vào ngày 30/06/2014
    Và danh sách văn bản quá hạn vào ngày 01/07/2014 gồm "KH tỉnh 2014, KH Báo Kon Tum"

  @basis:002_0c56fb678df250a7.txt:II.1 @basis:002_0c56fb678df250a7.txt:II.1,_II.10
  Kịch bản: Còn kế hoạch đang chờ Sở xem xét thì chưa tổng hợp được Kế hoạch của tỉnh
    Cho văn bản "KH Ngọc Hồi" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH Báo Kon Tum" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông"
    Khi "cv.stttt.kt" thực hiện "Tổng hợp kế hoạch các đơn vị" văn bản "KH tỉnh 2014"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "Báo Kon Tum"
    Và văn bản "KH tỉnh 2014" không có thay đổi nào
    Khi "cv.stttt.kt" thực hiện "Trả lại đơn vị" văn bản "KH Báo Kon Tum" với lý do "Bổ sung tiến độ Đề án Báo Kon Tum điện tử"
    Và "cv.stttt.kt" thực hiện "Tổng hợp kế hoạch các đơn vị" văn bản "KH tỉnh 2014"
    Thì văn bản "KH tỉnh 2014" ở trạng thái "Đã tổng hợp"
    Và văn bản "KH Báo Kon Tum" không thuộc văn bản tổng hợp nào

  @basis:002_0c56fb678df250a7.txt:II.1
  Kịch bản: UBND tỉnh trả lại Kế hoạch của tỉnh phải nêu lý do
    Cho văn bản "KH Ngọc Hồi" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh 2014" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình → Trình UBND tỉnh"
    Khi "pct.ubnd.kt" thực hiện "Trả lại, yêu cầu hoàn thiện" văn bản "KH tỉnh 2014"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "pct.ubnd.kt" thực hiện "Trả lại, yêu cầu hoàn thiện" văn bản "KH tỉnh 2014" với lý do "Bổ sung nhiệm vụ theo Chương trình 1553/CTr-UBND"
    Thì văn bản "KH tỉnh 2014" ở trạng thái "UBND tỉnh trả lại"
    Và văn bản "KH Ngọc Hồi" ở trạng thái "Đã tổng hợp"
    Khi "cv.stttt.kt" thực hiện "Tổng hợp kế hoạch các đơn vị" văn bản "KH tỉnh 2014"
    Và "ld.stttt.kt" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2014"
    Và "cv.stttt.kt" thực hiện "Trình UBND tỉnh" văn bản "KH tỉnh 2014" với "Số tờ trình trình UBND tỉnh" là "52/TTr-STTTT"
    Và "pct.ubnd.kt" thực hiện "Phê duyệt" văn bản "KH tỉnh 2014"
    Thì văn bản "KH Ngọc Hồi" ở trạng thái "Đã phê duyệt"

  @basis:002_0c56fb678df250a7.txt:I,_II.1
  Kịch bản: Giám đốc Sở đã ký tờ trình thì không được phê duyệt chính Kế hoạch đó
    Cho "ld.stttt.kt" có vai trò "approver" tại đơn vị "KT_UBND"
    Và văn bản "KH Ngọc Hồi" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông → Tiếp nhận, xem xét → Chấp thuận"
    Và "cv.stttt.kt" đã thực hiện "Tổng hợp kế hoạch các đơn vị" văn bản "KH tỉnh 2014"
    Và "ld.stttt.kt" đã thực hiện "Ký tờ trình" văn bản "KH tỉnh 2014"
    Và "cv.stttt.kt" đã thực hiện "Trình UBND tỉnh" văn bản "KH tỉnh 2014" với "Số tờ trình trình UBND tỉnh" là "45/TTr-STTTT"
    Khi "ld.stttt.kt" thực hiện "Phê duyệt" văn bản "KH tỉnh 2014"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "không được thực hiện bước này"
    Và văn bản "KH Ngọc Hồi" ở trạng thái "Đã tổng hợp"
    Khi "pct.ubnd.kt" thực hiện "Phê duyệt" văn bản "KH tỉnh 2014"
    Thì văn bản "KH tỉnh 2014" ở trạng thái "Đã phê duyệt"

  @basis:002_0c56fb678df250a7.txt:II.1,_II.10 @basis:002_0c56fb678df250a7.txt:II.1
  Kịch bản: Mở lại kế hoạch của huyện sau khi tổng hợp đưa Kế hoạch của tỉnh về dự thảo
    Cho văn bản "KH Ngọc Hồi" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH Báo Kon Tum" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh 2014" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình"
    Khi "cv.stttt.kt" thực hiện "Mở lại để đơn vị điều chỉnh" văn bản "KH Ngọc Hồi" với lý do "Huyện điều chỉnh hoạt động giao lưu với huyện Phu Vông (Lào)"
    Thì văn bản "KH Ngọc Hồi" ở trạng thái "Trả lại"
    Và văn bản "KH Ngọc Hồi" không thuộc văn bản tổng hợp nào
    Và văn bản "KH tỉnh 2014" ở trạng thái "Dự thảo"
    Và văn bản "KH Báo Kon Tum" thuộc văn bản tổng hợp "KH tỉnh 2014"
    Và "ld.stttt.kt" không được thực hiện thao tác nào trên văn bản "KH tỉnh 2014"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:002_0c56fb678df250a7.txt:I
  Kịch bản: Kế hoạch của huyện đã được phê duyệt thì không mở lại được
    Cho văn bản "KH Ngọc Hồi" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh 2014" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình → Trình UBND tỉnh → Phê duyệt"
    Khi "cv.stttt.kt" thực hiện "Mở lại để đơn vị điều chỉnh" văn bản "KH Ngọc Hồi" với lý do "Điều chỉnh giữa năm"
    Thì thao tác bị từ chối vì không thực hiện được ở trạng thái hiện tại
    Và văn bản "KH Ngọc Hồi" ở trạng thái "Đã phê duyệt"

  @basis:002_0c56fb678df250a7.txt:II.1
  Kịch bản: Phó Giám đốc Sở ký tờ trình theo ủy quyền; hết hạn ủy quyền thì không ký được
    Cho "ld.stttt.kt" ủy quyền vai trò "coordinator_head" tại đơn vị "KT_STTTT" cho "pgd.stttt.kt" từ ngày 16/06/2014 đến ngày 25/06/2014
    Và văn bản "KH Ngọc Hồi" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh 2014" đã qua các bước "Tổng hợp kế hoạch các đơn vị"
    Khi "pgd.stttt.kt" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2014" vào ngày 26/06/2014
    Thì thao tác bị từ chối vì ủy quyền đã hết hạn
    Khi "pgd.stttt.kt" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2014" vào ngày 18/06/2014
    Thì văn bản "KH tỉnh 2014" ở trạng thái "Đã ký tờ trình"
    Và lịch sử văn bản "KH tỉnh 2014" ghi "pgd.stttt.kt" thực hiện "Ký tờ trình" thay mặt "ld.stttt.kt"

  @basis:002_0c56fb678df250a7.txt:I,_II.1
  Kịch bản: Hai lãnh đạo UBND tỉnh cùng bấm phê duyệt: một người thành công, người kia được báo văn bản đã thay đổi
    Cho "ct.ubnd.kt" có vai trò "approver" tại đơn vị "KT_UBND"
    Và văn bản "KH Ngọc Hồi" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh 2014" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình → Trình UBND tỉnh"
    Khi "pct.ubnd.kt" và "ct.ubnd.kt" cùng lúc thực hiện "Phê duyệt" văn bản "KH tỉnh 2014" trên cùng một phiên bản
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và văn bản "KH tỉnh 2014" ở trạng thái "Đã phê duyệt"
    Và văn bản "KH Ngọc Hồi" ở trạng thái "Đã phê duyệt"
    Và chuỗi lịch sử kiểm tra hợp lệ
