# language: vi
Tính năng: Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị (Kon Tum 2013–2020)
  Chỉ thị 002_0c56fb678df250a7.txt, II.10: Ủy ban nhân dân các huyện, thành phố "Hàng năm (tháng 5)
  xây dựng và tổ chức thực hiện kế hoạch hoạt động thông tin đối ngoại của địa phương, gửi kế hoạch
  về Sở Thông tin và Truyền thông để tổng hợp xây dựng Kế hoạch hoạt động thông tin đối ngoại chung
  của tỉnh, trình Ủy ban nhân dân tỉnh phê duyệt và chỉ đạo thực hiện".
  Mục I: "Xây dựng, ban hành Kế hoạch hoạt động thông tin đối ngoại hàng năm của các cấp, các ngành
  liên quan và tổ chức thực hiện sau khi Ủy ban nhân dân tỉnh phê duyệt".
  Mục III: "hàng năm các sở, ngành liên quan cấp tỉnh, Ủy ban nhân dân các huyện, thành phố xây
  dựng kế hoạch tổ chức thực hiện tốt Chương trình hành động của Ủy ban nhân dân tỉnh".
  Cơ quan đầu mối giai đoạn này là Sở Thông tin và Truyền thông.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "kon_tum_2013"
    Và hôm nay là ngày 15/04/2014
    Và "cv.ngochoi.kt" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "KT_H_NGOCHOI" năm 2014, gọi là "KH Ngọc Hồi"

  @basis:002_0c56fb678df250a7.txt:I,_II.10,_III @basis:002_0c56fb678df250a7.txt:II.10,_III @basis:002_0c56fb678df250a7.txt:II.10 @basis:002_0c56fb678df250a7.txt:II.1,_II.10 @basis:002_0c56fb678df250a7.txt:II.1 @basis:002_0c56fb678df250a7.txt:I
  Kịch bản: Kế hoạch của huyện được gửi Sở Thông tin và Truyền thông, tổng hợp và phê duyệt cùng Kế hoạch của tỉnh
    Thì văn bản "KH Ngọc Hồi" ở trạng thái "Dự thảo"
    Khi "ld.ngochoi.kt" thực hiện "Ký kế hoạch" văn bản "KH Ngọc Hồi"
    Và "cv.ngochoi.kt" thực hiện "Gửi Sở Thông tin và Truyền thông" văn bản "KH Ngọc Hồi"
    Thì văn bản "KH Ngọc Hồi" ở trạng thái "Đã gửi Sở Thông tin và Truyền thông"
    Khi "cv.stttt.kt" thực hiện "Tiếp nhận, xem xét" văn bản "KH Ngọc Hồi"
    Và "cv.stttt.kt" thực hiện "Chấp thuận" văn bản "KH Ngọc Hồi"
    Thì văn bản "KH Ngọc Hồi" ở trạng thái "Đã chấp thuận"
    Khi "cv.stttt.kt" lập "Kế hoạch hoạt động thông tin đối ngoại năm của tỉnh" của đơn vị "KT_STTTT" năm 2014, gọi là "KH tỉnh 2014"
    Và "cv.stttt.kt" thực hiện "Tổng hợp kế hoạch các đơn vị" văn bản "KH tỉnh 2014"
    Thì văn bản "KH Ngọc Hồi" ở trạng thái "Đã tổng hợp"
    Và văn bản "KH Ngọc Hồi" thuộc văn bản tổng hợp "KH tỉnh 2014"
    Khi "ld.stttt.kt" thực hiện "Ký tờ trình" văn bản "KH tỉnh 2014"
    Và "cv.stttt.kt" thực hiện "Trình UBND tỉnh" văn bản "KH tỉnh 2014" với "Số tờ trình trình UBND tỉnh" là "45/TTr-STTTT"
    Và "pct.ubnd.kt" thực hiện "Phê duyệt" văn bản "KH tỉnh 2014"
    Thì văn bản "KH Ngọc Hồi" ở trạng thái "Đã phê duyệt"
    Và lịch sử văn bản "KH Ngọc Hồi" ghi "cv.ngochoi.kt" thực hiện "Gửi Sở Thông tin và Truyền thông"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:002_0c56fb678df250a7.txt:II.10
  Kịch bản: Sở Thông tin và Truyền thông trả lại kế hoạch chưa bám sát Chương trình 1553, phải ghi lý do
    Cho văn bản "KH Ngọc Hồi" đã qua các bước "Ký kế hoạch, Gửi Sở Thông tin và Truyền thông, Tiếp nhận, xem xét"
    Khi "cv.stttt.kt" thực hiện "Trả lại đơn vị" văn bản "KH Ngọc Hồi"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cv.stttt.kt" thực hiện "Trả lại đơn vị" văn bản "KH Ngọc Hồi" với lý do "Kế hoạch chưa bám sát Chương trình hành động số 1553/CTr-UBND"
    Thì văn bản "KH Ngọc Hồi" ở trạng thái "Trả lại"
    Và hạn xử lý của văn bản "KH Ngọc Hồi" là ngày 15/06/2014
    Khi "cv.ngochoi.kt" sửa văn bản "KH Ngọc Hồi", với "Các hoạt động thông tin đối ngoại dự kiến" là "Pano song ngữ Việt – Lào tại cửa khẩu Bờ Y theo Chương trình 1553"
    Và "ld.ngochoi.kt" thực hiện "Ký kế hoạch" văn bản "KH Ngọc Hồi"
    Và "cv.ngochoi.kt" thực hiện "Gửi Sở Thông tin và Truyền thông" văn bản "KH Ngọc Hồi"
    Và "cv.stttt.kt" thực hiện "Tiếp nhận, xem xét" văn bản "KH Ngọc Hồi"
    Và "cv.stttt.kt" thực hiện "Chấp thuận" văn bản "KH Ngọc Hồi"
    Thì văn bản "KH Ngọc Hồi" ở trạng thái "Đã chấp thuận"
    Và lịch sử văn bản "KH Ngọc Hồi" ghi "cv.stttt.kt" thực hiện "Trả lại đơn vị" với lý do "Kế hoạch chưa bám sát Chương trình hành động số 1553/CTr-UBND"

  @basis:002_0c56fb678df250a7.txt:II.10
  Kịch bản: Chuyên viên không ký thay lãnh đạo; huyện khác không ký kế hoạch của Ngọc Hồi
    Khi "cv.ngochoi.kt" thực hiện "Ký kế hoạch" văn bản "KH Ngọc Hồi"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "ld.dakto.kt" thực hiện "Ký kế hoạch" văn bản "KH Ngọc Hồi"
    Thì thao tác bị từ chối vì sai đơn vị
    Khi "cv.dakto.kt" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "KT_H_NGOCHOI" năm 2014, gọi là "KH lập hộ"
    Thì thao tác bị từ chối vì sai đơn vị
    Và văn bản "KH Ngọc Hồi" ở trạng thái "Dự thảo"

  @basis:002_0c56fb678df250a7.txt:II.10
  Kịch bản: Giai đoạn 2013–2020 chỉ Sở Thông tin và Truyền thông là cơ quan đầu mối xem xét kế hoạch
    Cho "cv.svhttdl.kt" có vai trò "coordinator" tại đơn vị "KT_SVHTTDL"
    Và văn bản "KH Ngọc Hồi" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông"
    Khi "cv.svhttdl.kt" thực hiện "Tiếp nhận, xem xét" văn bản "KH Ngọc Hồi"
    Thì thao tác bị từ chối vì sai đơn vị
    Và "cv.stttt.kt" chỉ được thấy các thao tác "Tiếp nhận, xem xét, Trả lại đơn vị" trên văn bản "KH Ngọc Hồi"
    Và "cv.ngochoi.kt" không được thực hiện thao tác nào trên văn bản "KH Ngọc Hồi"

  @basis:002_0c56fb678df250a7.txt:I
  Kịch bản: Huyện chỉ tổ chức thực hiện sau khi UBND tỉnh phê duyệt: không ai tự phê duyệt kế hoạch của huyện
    Cho văn bản "KH Ngọc Hồi" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông → Tiếp nhận, xem xét → Chấp thuận"
    Khi "pct.ubnd.kt" thực hiện "Được phê duyệt cùng Kế hoạch của tỉnh" văn bản "KH Ngọc Hồi"
    Thì thao tác bị từ chối vì không đủ thẩm quyền
    Và lý do từ chối có "chỉ do hệ thống thực hiện"
    Và văn bản "KH Ngọc Hồi" ở trạng thái "Đã chấp thuận"

  @basis:002_0c56fb678df250a7.txt:II.10
  Kịch bản: Kế hoạch phải gửi trong tháng 5; kế hoạch chưa gửi quá hạn từ ngày 01/6
    Cho "cv.tpkt.kt" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "KT_TP_KONTUM" năm 2014, gọi là "KH thành phố"
    Thì hạn xử lý của văn bản "KH Ngọc Hồi" là ngày 31/05/2014
    Khi "ld.ngochoi.kt" thực hiện "Ký kế hoạch" văn bản "KH Ngọc Hồi" vào ngày 26/05/2014
    Thì văn bản "KH Ngọc Hồi" quá hạn vào ngày 01/06/2014
    Khi "cv.ngochoi.kt" thực hiện "Gửi Sở Thông tin và Truyền thông" văn bản "KH Ngọc Hồi" vào ngày 28/05/2014
    Thì văn bản "KH Ngọc Hồi" không quá hạn vào ngày 01/06/2014
    Và danh sách văn bản quá hạn vào ngày 01/06/2014 gồm "KH thành phố"
    Và văn bản "KH thành phố" không quá hạn vào ngày 31/05/2014

  @basis:002_0c56fb678df250a7.txt:II.10
  Kịch bản: Phó Chủ tịch huyện đi công tác, chuyên viên được ủy quyền ký kế hoạch trong thời hạn ủy quyền
    Cho "ld.ngochoi.kt" ủy quyền vai trò "Lãnh đạo đơn vị" tại đơn vị "KT_H_NGOCHOI" cho "cv.ngochoi.kt" từ ngày 05/05/2014 đến ngày 30/05/2014
    Thì "cv.ngochoi.kt" chỉ được thấy các thao tác "Ký kế hoạch" trên văn bản "KH Ngọc Hồi" vào ngày 20/05/2014
    Khi "cv.ngochoi.kt" thực hiện "Ký kế hoạch" văn bản "KH Ngọc Hồi" vào ngày 20/05/2014
    Thì văn bản "KH Ngọc Hồi" ở trạng thái "Đã ký"
    Và lịch sử văn bản "KH Ngọc Hồi" ghi "cv.ngochoi.kt" thực hiện "Ký kế hoạch" thay mặt "ld.ngochoi.kt"

  @basis:002_0c56fb678df250a7.txt:II.10
  Kịch bản: Ủy quyền đã hết hạn thì chuyên viên không còn ký thay được
    Cho "ld.ngochoi.kt" ủy quyền vai trò "unit_head" tại đơn vị "KT_H_NGOCHOI" cho "cv.ngochoi.kt" từ ngày 05/05/2014 đến ngày 30/05/2014
    Khi "cv.ngochoi.kt" thực hiện "Ký kế hoạch" văn bản "KH Ngọc Hồi" vào ngày 02/06/2014
    Thì thao tác bị từ chối vì ủy quyền đã hết hạn
    Và lý do từ chối có "30/05/2014"
    Và văn bản "KH Ngọc Hồi" không có thay đổi nào
    Và "cv.ngochoi.kt" không được thực hiện thao tác nào trên văn bản "KH Ngọc Hồi" vào ngày 02/06/2014

  @basis:002_0c56fb678df250a7.txt:II.10
  Kịch bản: Gửi đi và thu hồi cùng lúc trên cùng một phiên bản: chỉ một thao tác được ghi nhận
    Cho văn bản "KH Ngọc Hồi" đã qua các bước "Ký kế hoạch"
    Khi "cv.ngochoi.kt" thực hiện "Gửi Sở Thông tin và Truyền thông" và "ld.ngochoi.kt" thực hiện "Thu hồi để chỉnh sửa" văn bản "KH Ngọc Hồi" cùng lúc trên cùng một phiên bản
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và chuỗi lịch sử kiểm tra hợp lệ
