# language: vi
Tính năng: Dự toán kinh phí thông tin đối ngoại của đơn vị (Kon Tum 2013–2020)
  Chỉ thị 002_0c56fb678df250a7.txt, II.6: Sở Tài chính "Chủ trì, phối hợp với Sở Thông tin và
  Truyền thông tham mưu Ủy ban nhân dân tỉnh bố trí, đảm bảo ngân sách cho hoạt động thông tin đối
  ngoại hàng năm trên cơ sở Kế hoạch hoạt động thông tin đối ngoại của các sở, ngành, địa phương
  được Ủy ban nhân dân tỉnh phê duyệt".
  Mục I: "Bố trí đủ ngân sách hàng năm cho các hoạt động thông tin đối ngoại".
  II.10: huyện, thành phố "bố trí hợp lý kinh phí ngân sách địa phương hàng năm để triển khai thực
  hiện". Tổng mức kinh phí thông tin đối ngoại năm 2014 của tỉnh là 1.000.000.000 đ.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "kon_tum_2013"
    Và hôm nay là ngày 15/05/2014
    Và "cv.ngochoi.kt" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "KT_H_NGOCHOI" năm 2014, gọi là "KH Ngọc Hồi"
    Và "cv.ngochoi.kt" lập "Dự toán kinh phí thông tin đối ngoại" của đơn vị "KT_H_NGOCHOI" năm 2014, gọi là "DT Ngọc Hồi", gắn với "KH Ngọc Hồi", với "Kinh phí đề nghị" là "450.000.000"
    Và "cv.stttt.kt" lập "Kế hoạch hoạt động thông tin đối ngoại năm của tỉnh" của đơn vị "KT_STTTT" năm 2014, gọi là "KH tỉnh 2014"

  @basis:002_0c56fb678df250a7.txt:I,_II.6,_II.10 @basis:002_0c56fb678df250a7.txt:II.6,_II.10 @basis:002_0c56fb678df250a7.txt:II.6
  Kịch bản: Dự toán của huyện được thẩm định và bố trí kinh phí trên cơ sở kế hoạch đã được UBND tỉnh phê duyệt
    Cho văn bản "KH Ngọc Hồi" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh 2014" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình → Trình UBND tỉnh → Phê duyệt"
    Khi "ld.ngochoi.kt" thực hiện "Ký, gửi Sở Tài chính" văn bản "DT Ngọc Hồi"
    Thì văn bản "DT Ngọc Hồi" ở trạng thái "Đã gửi Sở Tài chính"
    Khi "cv.stc.kt" thực hiện "Tiếp nhận, thẩm định" văn bản "DT Ngọc Hồi"
    Và "cv.stc.kt" thực hiện "Thẩm định" văn bản "DT Ngọc Hồi" với nội dung:
      | Kinh phí thẩm định | 400.000.000                                             |
      | Ý kiến thẩm định   | Phần giao lưu văn hóa do ngân sách huyện bảo đảm (II.10) |
    Thì văn bản "DT Ngọc Hồi" ở trạng thái "Đã thẩm định"
    Khi "pct.ubnd.kt" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Ngọc Hồi" với "Kinh phí bố trí" là "400.000.000"
    Thì văn bản "DT Ngọc Hồi" ở trạng thái "Đã bố trí kinh phí"
    Và "Kinh phí bố trí" của văn bản "DT Ngọc Hồi" là "400.000.000"
    Và "ld.ngochoi.kt" không được thực hiện thao tác nào trên văn bản "DT Ngọc Hồi"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:002_0c56fb678df250a7.txt:II.6
  Kịch bản: Kế hoạch của huyện chưa được UBND tỉnh phê duyệt thì chưa bố trí kinh phí
    Cho văn bản "KH Ngọc Hồi" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh 2014" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình → Trình UBND tỉnh"
    Và văn bản "DT Ngọc Hồi" đã qua các bước "Ký, gửi Sở Tài chính → Tiếp nhận, thẩm định → Thẩm định"
    Khi "pct.ubnd.kt" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Ngọc Hồi" với "Kinh phí bố trí" là "450.000.000"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "đang ở trạng thái «Đã tổng hợp», cần Đã phê duyệt"
    Và văn bản "DT Ngọc Hồi" không có thay đổi nào
    Cho "pct.ubnd.kt" đã thực hiện "Phê duyệt" văn bản "KH tỉnh 2014"
    Khi "pct.ubnd.kt" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Ngọc Hồi" với "Kinh phí bố trí" là "450.000.000"
    Thì văn bản "DT Ngọc Hồi" ở trạng thái "Đã bố trí kinh phí"

  @basis:002_0c56fb678df250a7.txt:II.6 @basis:002_0c56fb678df250a7.txt:I,_II.6,_II.10
  Kịch bản: Tổng kinh phí bố trí năm 2014 không vượt tổng mức của tỉnh
    Cho "cv.bao.kt" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "KT_BAO" năm 2014, gọi là "KH Báo Kon Tum"
    Và "cv.bao.kt" lập "Dự toán kinh phí thông tin đối ngoại" của đơn vị "KT_BAO" năm 2014, gọi là "DT Báo Kon Tum", gắn với "KH Báo Kon Tum", với "Kinh phí đề nghị" là "600.000.000"
    Và văn bản "KH Ngọc Hồi" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH Báo Kon Tum" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh 2014" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình → Trình UBND tỉnh → Phê duyệt"
    Và văn bản "DT Báo Kon Tum" đã qua các bước "Ký, gửi Sở Tài chính → Tiếp nhận, thẩm định → Thẩm định → Quyết định bố trí kinh phí"
    Và văn bản "DT Ngọc Hồi" đã qua các bước "Ký, gửi Sở Tài chính → Tiếp nhận, thẩm định → Thẩm định"
    Khi "pct.ubnd.kt" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Ngọc Hồi" với "Kinh phí bố trí" là "450.000.000"
    Thì thao tác bị từ chối vì lý do có "vượt trần"
    Và lý do từ chối có "1.000.000.000 đ"
    Khi "pct.ubnd.kt" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Ngọc Hồi" với "Kinh phí bố trí" là "400.000.000"
    Thì văn bản "DT Ngọc Hồi" ở trạng thái "Đã bố trí kinh phí"

  @basis:002_0c56fb678df250a7.txt:II.6
  Kịch bản: Trần kinh phí do tỉnh đặt lại cho năm được áp dụng ngay
    Cho trần kinh phí "ttdn_budget" năm 2014 là "300.000.000"
    Và văn bản "KH Ngọc Hồi" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh 2014" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình → Trình UBND tỉnh → Phê duyệt"
    Và văn bản "DT Ngọc Hồi" đã qua các bước "Ký, gửi Sở Tài chính → Tiếp nhận, thẩm định → Thẩm định"
    Khi "pct.ubnd.kt" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Ngọc Hồi" với "Kinh phí bố trí" là "350.000.000"
    Thì thao tác bị từ chối vì lý do có "vượt trần 300.000.000 đ"

  @basis:002_0c56fb678df250a7.txt:II.6
  Kịch bản: Sở Tài chính không thẩm định cao hơn số huyện đề nghị
    Cho văn bản "DT Ngọc Hồi" đã qua các bước "Ký, gửi Sở Tài chính → Tiếp nhận, thẩm định"
    Khi "cv.stc.kt" thực hiện "Thẩm định" văn bản "DT Ngọc Hồi" với "Kinh phí thẩm định" là "460.000.000"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "vượt quá «Kinh phí đề nghị» (450.000.000 đ)"
    Và văn bản "DT Ngọc Hồi" vẫn ở trạng thái "Đang thẩm định"

  @basis:002_0c56fb678df250a7.txt:II.6,_II.10
  Kịch bản: Sở Tài chính trả lại dự toán khi kế hoạch chưa được phê duyệt; huyện gửi lại sau
    Cho văn bản "DT Ngọc Hồi" đã qua các bước "Ký, gửi Sở Tài chính"
    Khi "cv.stc.kt" thực hiện "Trả lại đơn vị" văn bản "DT Ngọc Hồi"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cv.stc.kt" thực hiện "Trả lại đơn vị" văn bản "DT Ngọc Hồi" với lý do "Kế hoạch năm 2014 chưa được UBND tỉnh phê duyệt; gửi lại sau khi có Kế hoạch chung của tỉnh"
    Thì văn bản "DT Ngọc Hồi" ở trạng thái "Trả lại"
    Khi "ld.ngochoi.kt" thực hiện "Ký, gửi Sở Tài chính" văn bản "DT Ngọc Hồi"
    Thì văn bản "DT Ngọc Hồi" ở trạng thái "Đã gửi Sở Tài chính"
    Và lịch sử văn bản "DT Ngọc Hồi" ghi "cv.stc.kt" thực hiện "Trả lại đơn vị" với lý do "Kế hoạch năm 2014 chưa được UBND tỉnh phê duyệt; gửi lại sau khi có Kế hoạch chung của tỉnh"

  @basis:002_0c56fb678df250a7.txt:II.6
  Kịch bản: UBND tỉnh không bố trí kinh phí vì huyện tự bảo đảm từ ngân sách địa phương
    Cho văn bản "DT Ngọc Hồi" đã qua các bước "Ký, gửi Sở Tài chính → Tiếp nhận, thẩm định → Thẩm định"
    Khi "pct.ubnd.kt" thực hiện "Không bố trí kinh phí" văn bản "DT Ngọc Hồi" với lý do "Huyện bố trí từ ngân sách địa phương theo điểm 10 mục II Chỉ thị"
    Thì văn bản "DT Ngọc Hồi" ở trạng thái "Không bố trí kinh phí"
    Và lịch sử văn bản "DT Ngọc Hồi" ghi "pct.ubnd.kt" thực hiện "Không bố trí kinh phí" với lý do "Huyện bố trí từ ngân sách địa phương theo điểm 10 mục II Chỉ thị"

  @basis:002_0c56fb678df250a7.txt:II.6
  Kịch bản: Người thẩm định không tự quyết định bố trí kinh phí
    Cho "cv.stc.kt" có vai trò "Lãnh đạo UBND tỉnh" tại đơn vị "KT_UBND"
    Và văn bản "KH Ngọc Hồi" đã qua các bước "Ký kế hoạch → Gửi Sở Thông tin và Truyền thông → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh 2014" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình → Trình UBND tỉnh → Phê duyệt"
    Và văn bản "DT Ngọc Hồi" đã qua các bước "Ký, gửi Sở Tài chính → Tiếp nhận, thẩm định"
    Và "cv.stc.kt" đã thực hiện "Thẩm định" văn bản "DT Ngọc Hồi" với "Kinh phí thẩm định" là "400.000.000"
    Thì "cv.stc.kt" thấy thao tác "Quyết định bố trí kinh phí" văn bản "DT Ngọc Hồi" bị chặn vì lý do có "«Thẩm định»"
    Khi "cv.stc.kt" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Ngọc Hồi" với "Kinh phí bố trí" là "400.000.000"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và văn bản "DT Ngọc Hồi" vẫn ở trạng thái "Đã thẩm định"

  @basis:002_0c56fb678df250a7.txt:II.6,_II.10
  Kịch bản: Chỉ lãnh đạo huyện gửi dự toán; chỉ Sở Tài chính thẩm định
    Khi "cv.ngochoi.kt" thực hiện "Ký, gửi Sở Tài chính" văn bản "DT Ngọc Hồi"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "ld.dakto.kt" thực hiện "Ký, gửi Sở Tài chính" văn bản "DT Ngọc Hồi"
    Thì thao tác bị từ chối vì sai đơn vị
    Cho "ld.ngochoi.kt" đã thực hiện "Ký, gửi Sở Tài chính" văn bản "DT Ngọc Hồi"
    Khi "cv.stttt.kt" thực hiện "Tiếp nhận, thẩm định" văn bản "DT Ngọc Hồi"
    Thì thao tác bị từ chối vì sai vai trò
    Và "cv.stc.kt" chỉ được thấy các thao tác "Tiếp nhận, thẩm định, Trả lại đơn vị" trên văn bản "DT Ngọc Hồi"

  @basis:002_0c56fb678df250a7.txt:II.10
  Kịch bản: Dự toán chưa gửi Sở Tài chính quá hạn sau tháng 5
    Thì hạn xử lý của văn bản "DT Ngọc Hồi" là ngày 31/05/2014
    Khi "ld.ngochoi.kt" thực hiện "Ký, gửi Sở Tài chính" văn bản "DT Ngọc Hồi" vào ngày 29/05/2014
    Thì văn bản "DT Ngọc Hồi" không có hạn xử lý
    Và văn bản "DT Ngọc Hồi" không quá hạn vào ngày 01/06/2014
    Và văn bản "KH Ngọc Hồi" quá hạn vào ngày 01/06/2014
