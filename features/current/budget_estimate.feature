# language: vi
Tính năng: Dự toán kinh phí thông tin đối ngoại của đơn vị (bộ quy trình hiện hành)
  Chỉ thị 004_5b944f41a127e280.txt, III.10: "hàng năm xây dựng Kế hoạch hoạt động thông tin đối
  ngoại và dự toán kinh phí của đơn vị, tổng hợp chung trong dự toán ngân sách của đơn vị, gửi về
  cơ quan tài chính cùng cấp để tổng hợp, trình cấp có thẩm quyền xem xét, quyết định".
  III.6: "trên cơ sở dự toán kinh phí thực hiện của các sở, ban, ngành tỉnh và căn cứ vào khả năng
  cân đối ngân sách; Sở Tài chính thẩm định và tham mưu cấp có thẩm quyền bố trí kinh phí ... để
  thực hiện các chương trình, kế hoạch, đề án, hoạt động thông tin đối ngoại đã được Ủy ban nhân
  dân tỉnh phê duyệt".
  Chỉ thị 002_0c56fb678df250a7.txt, II.6: "bố trí, đảm bảo ngân sách cho hoạt động thông tin đối
  ngoại hàng năm trên cơ sở Kế hoạch hoạt động thông tin đối ngoại của các sở, ngành, địa phương
  được Ủy ban nhân dân tỉnh phê duyệt". Tổng mức kinh phí thông tin đối ngoại năm 2026 của tỉnh
  là 1.200.000.000 đ.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "current"
    Và hôm nay là ngày 15/05/2026
    Và "cv.tanphong" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "LC_P_TANPHONG" năm 2026, gọi là "KH Tân Phong"
    Và "cv.tanphong" lập "Dự toán kinh phí thông tin đối ngoại" của đơn vị "LC_P_TANPHONG" năm 2026, gọi là "DT Tân Phong", gắn với "KH Tân Phong", với "Kinh phí đề nghị" là "500.000.000"
    Và "cv.svhttdl" lập "Kế hoạch hoạt động thông tin đối ngoại năm của tỉnh" của đơn vị "LC_SVHTTDL" năm 2026, gọi là "KH tỉnh"

  @basis:004_5b944f41a127e280.txt:III.6,_III.10;_002_0c56fb678df250a7.txt_II.6 @basis:004_5b944f41a127e280.txt:III.10 @basis:004_5b944f41a127e280.txt:III.6 @basis:004_5b944f41a127e280.txt:III.6;_002_0c56fb678df250a7.txt_II.6
  Kịch bản: Dự toán được gửi, thẩm định và bố trí kinh phí khi kế hoạch của đơn vị đã được phê duyệt
    Cho văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình → Trình UBND tỉnh → Phê duyệt"
    Khi "ld.tanphong" thực hiện "Ký, gửi Sở Tài chính" văn bản "DT Tân Phong"
    Thì văn bản "DT Tân Phong" ở trạng thái "Đã gửi Sở Tài chính"
    Khi "cv.stc" thực hiện "Tiếp nhận, thẩm định" văn bản "DT Tân Phong"
    Thì văn bản "DT Tân Phong" ở trạng thái "Đang thẩm định"
    Khi "cv.stc" thực hiện "Thẩm định" văn bản "DT Tân Phong" với "Kinh phí thẩm định" là "450.000.000" và "Ý kiến thẩm định" là "Ghép lớp tập huấn để tiết kiệm chi phí"
    Thì văn bản "DT Tân Phong" ở trạng thái "Đã thẩm định"
    Và "Kinh phí thẩm định" của văn bản "DT Tân Phong" là "450.000.000"
    Khi "pct.ubnd" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Tân Phong" với "Kinh phí bố trí" là "450.000.000"
    Thì văn bản "DT Tân Phong" ở trạng thái "Đã bố trí kinh phí"
    Và lịch sử văn bản "DT Tân Phong" ghi "cv.stc" thực hiện "Thẩm định"
    Và lịch sử văn bản "DT Tân Phong" ghi "pct.ubnd" thực hiện "Quyết định bố trí kinh phí"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:004_5b944f41a127e280.txt:III.6;_002_0c56fb678df250a7.txt_II.6
  Kịch bản: Không bố trí kinh phí khi kế hoạch của đơn vị chưa được UBND tỉnh phê duyệt
    Cho văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "DT Tân Phong" đã qua các bước "Ký, gửi Sở Tài chính → Tiếp nhận, thẩm định → Thẩm định"
    Thì "pct.ubnd" thấy thao tác "Quyết định bố trí kinh phí" văn bản "DT Tân Phong" bị chặn vì lý do có "Đã phê duyệt"
    Khi "pct.ubnd" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Tân Phong" với "Kinh phí bố trí" là "450.000.000"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "Kế hoạch TTĐN của đơn vị"
    Và lý do từ chối có "Đã chấp thuận"
    Và văn bản "DT Tân Phong" vẫn ở trạng thái "Đã thẩm định"
    Cho văn bản "KH tỉnh" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình → Trình UBND tỉnh → Phê duyệt"
    Khi "pct.ubnd" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Tân Phong" với "Kinh phí bố trí" là "450.000.000"
    Thì văn bản "DT Tân Phong" ở trạng thái "Đã bố trí kinh phí"

  @basis:004_5b944f41a127e280.txt:III.6;_002_0c56fb678df250a7.txt_II.6 @basis:004_5b944f41a127e280.txt:III.6
  Kịch bản: Tổng kinh phí bố trí trong năm không vượt trần kinh phí thông tin đối ngoại của tỉnh
    Cho "cv.bao" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "LC_BAO" năm 2026, gọi là "KH Báo"
    Và "cv.bao" lập "Dự toán kinh phí thông tin đối ngoại" của đơn vị "LC_BAO" năm 2026, gọi là "DT Báo", gắn với "KH Báo", với "Kinh phí đề nghị" là "800.000.000"
    Và văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH Báo" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình → Trình UBND tỉnh → Phê duyệt"
    Và văn bản "DT Báo" đã qua các bước "Ký, gửi Sở Tài chính → Tiếp nhận, thẩm định → Thẩm định → Quyết định bố trí kinh phí"
    Và văn bản "DT Tân Phong" đã qua các bước "Ký, gửi Sở Tài chính → Tiếp nhận, thẩm định → Thẩm định"
    Thì "Kinh phí bố trí" của văn bản "DT Báo" là "800.000.000"
    Khi "pct.ubnd" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Tân Phong" với "Kinh phí bố trí" là "450.000.000"
    Thì thao tác bị từ chối vì lý do có "vượt trần"
    Và lý do từ chối có "1.250.000.000 đ"
    Và văn bản "DT Tân Phong" vẫn ở trạng thái "Đã thẩm định"
    Khi "pct.ubnd" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Tân Phong" với "Kinh phí bố trí" là "400.000.000"
    Thì văn bản "DT Tân Phong" ở trạng thái "Đã bố trí kinh phí"

  @basis:004_5b944f41a127e280.txt:III.6
  Kịch bản: Kinh phí thẩm định không được vượt kinh phí đơn vị đề nghị
    Cho văn bản "DT Tân Phong" đã qua các bước "Ký, gửi Sở Tài chính → Tiếp nhận, thẩm định"
    Khi "cv.stc" thực hiện "Thẩm định" văn bản "DT Tân Phong" với "Kinh phí thẩm định" là "520.000.000"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "vượt quá"
    Và lý do từ chối có "500.000.000 đ"
    Và văn bản "DT Tân Phong" vẫn ở trạng thái "Đang thẩm định"
    Và "Kinh phí thẩm định" của văn bản "DT Tân Phong" là ""
    Khi "cv.stc" thực hiện "Thẩm định" văn bản "DT Tân Phong" với "Kinh phí thẩm định" là "500.000.000"
    Thì văn bản "DT Tân Phong" ở trạng thái "Đã thẩm định"

  @basis:004_5b944f41a127e280.txt:III.10 @basis:004_5b944f41a127e280.txt:III.6
  Kịch bản: Sở Tài chính trả lại dự toán phải nêu lý do; đơn vị điều chỉnh và gửi lại
    Cho văn bản "DT Tân Phong" đã qua các bước "Ký, gửi Sở Tài chính → Tiếp nhận, thẩm định"
    Khi "cv.stc" thực hiện "Trả lại đơn vị" văn bản "DT Tân Phong"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cv.stc" thực hiện "Trả lại đơn vị" văn bản "DT Tân Phong" với lý do "Tách kinh phí theo từng hoạt động"
    Thì văn bản "DT Tân Phong" ở trạng thái "Trả lại"
    Và hạn xử lý của văn bản "DT Tân Phong" là ngày 15/06/2026
    Khi "cv.tanphong" sửa văn bản "DT Tân Phong" với nội dung:
      | Trường                                       | Giá trị                                                 |
      | Kinh phí đề nghị                             | 480.000.000                                             |
      | Thuyết minh dự toán (nội dung chi, định mức) | Pano song ngữ: 300.000.000 đ; tập huấn: 180.000.000 đ |
    Và "ld.tanphong" thực hiện "Ký, gửi Sở Tài chính" văn bản "DT Tân Phong"
    Thì văn bản "DT Tân Phong" ở trạng thái "Đã gửi Sở Tài chính"
    Và "Kinh phí đề nghị" của văn bản "DT Tân Phong" là "480.000.000"
    Và lịch sử văn bản "DT Tân Phong" ghi "cv.stc" thực hiện "Trả lại đơn vị" với lý do "Tách kinh phí theo từng hoạt động"

  @basis:004_5b944f41a127e280.txt:III.6;_002_0c56fb678df250a7.txt_II.6
  Kịch bản: UBND tỉnh quyết định không bố trí kinh phí, có nêu lý do
    Cho văn bản "DT Tân Phong" đã qua các bước "Ký, gửi Sở Tài chính → Tiếp nhận, thẩm định → Thẩm định"
    Khi "pct.ubnd" thực hiện "Không bố trí kinh phí" văn bản "DT Tân Phong"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "pct.ubnd" thực hiện "Không bố trí kinh phí" văn bản "DT Tân Phong" với lý do "Kế hoạch của phường chưa được phê duyệt trong Kế hoạch của tỉnh"
    Thì văn bản "DT Tân Phong" ở trạng thái "Không bố trí kinh phí"
    Và "ld.tanphong" không được thực hiện thao tác nào trên văn bản "DT Tân Phong"

  @basis:004_5b944f41a127e280.txt:III.6;_002_0c56fb678df250a7.txt_II.6
  Kịch bản: Người đã thẩm định không được tự quyết định bố trí kinh phí
    Cho "cv.stc" có vai trò "approver" tại đơn vị "LC_UBND"
    Và văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình → Trình UBND tỉnh → Phê duyệt"
    Và văn bản "DT Tân Phong" đã qua các bước "Ký, gửi Sở Tài chính → Tiếp nhận, thẩm định"
    Và "cv.stc" đã thực hiện "Thẩm định" văn bản "DT Tân Phong" với "Kinh phí thẩm định" là "450.000.000"
    Khi "cv.stc" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Tân Phong" với "Kinh phí bố trí" là "450.000.000"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "Thẩm định"
    Khi "pct.ubnd" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Tân Phong" với "Kinh phí bố trí" là "450.000.000"
    Thì văn bản "DT Tân Phong" ở trạng thái "Đã bố trí kinh phí"

  @basis:004_5b944f41a127e280.txt:III.6;_002_0c56fb678df250a7.txt_II.6
  Kịch bản: Kinh phí bố trí không vượt kinh phí đã thẩm định
    Cho văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình → Trình UBND tỉnh → Phê duyệt"
    Và văn bản "DT Tân Phong" đã qua các bước "Ký, gửi Sở Tài chính → Tiếp nhận, thẩm định"
    Và "cv.stc" đã thực hiện "Thẩm định" văn bản "DT Tân Phong" với "Kinh phí thẩm định" là "300.000.000"
    Khi "pct.ubnd" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Tân Phong" với "Kinh phí bố trí" là "350.000.000"
    Thì thao tác bị từ chối vì lý do có "Kinh phí thẩm định"
    Và văn bản "DT Tân Phong" vẫn ở trạng thái "Đã thẩm định"

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Chỉ lãnh đạo đơn vị lập dự toán được ký, gửi Sở Tài chính
    Khi "cv.tanphong" thực hiện "Ký, gửi Sở Tài chính" văn bản "DT Tân Phong"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "ld.bao" thực hiện "Ký, gửi Sở Tài chính" văn bản "DT Tân Phong"
    Thì thao tác bị từ chối vì sai đơn vị
    Khi "ld.tanphong" thực hiện "Tiếp nhận, thẩm định" văn bản "DT Tân Phong"
    Thì thao tác bị từ chối vì không thực hiện được ở trạng thái hiện tại
    Và văn bản "DT Tân Phong" không có thay đổi nào

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Dự toán thiếu thuyết minh không gửi được Sở Tài chính
    Cho "cv.bao" lập "Dự toán kinh phí thông tin đối ngoại" của đơn vị "LC_BAO" năm 2026, gọi là "DT Báo", chưa điền nội dung, với "Kinh phí đề nghị" là "650.000.000"
    Khi "ld.bao" thực hiện "Ký, gửi Sở Tài chính" văn bản "DT Báo"
    Thì thao tác bị từ chối vì lý do có "Chưa điền: Thuyết minh dự toán"
    Và văn bản "DT Báo" ở trạng thái "Dự thảo"

  @basis:002_0c56fb678df250a7.txt:II.10
  Kịch bản: Dự toán chưa gửi Sở Tài chính quá hạn sau ngày 31/5
    Thì hạn xử lý của văn bản "DT Tân Phong" là ngày 31/05/2026
    Và văn bản "DT Tân Phong" không quá hạn vào ngày 31/05/2026
    Và văn bản "DT Tân Phong" quá hạn vào ngày 01/06/2026
    Khi "ld.tanphong" thực hiện "Ký, gửi Sở Tài chính" văn bản "DT Tân Phong" vào ngày 30/05/2026
    Thì văn bản "DT Tân Phong" không quá hạn vào ngày 01/06/2026
