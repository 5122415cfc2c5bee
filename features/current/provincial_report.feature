# language: vi
Tính năng: Báo cáo công tác thông tin đối ngoại của tỉnh (bộ quy trình hiện hành)
  Chỉ thị 002_0c56fb678df250a7.txt, II.1: cơ quan đầu mối "Sơ kết, tổng kết các hoạt động thông
  tin đối ngoại của tỉnh. Định kỳ 6 tháng, 1 năm báo cáo Ủy ban nhân dân tỉnh, Bộ Thông tin và
  Truyền thông theo quy định".
  Chỉ thị 004_5b944f41a127e280.txt, III.10: báo cáo của các đơn vị gửi về cơ quan đầu mối "để tổng
  hợp báo cáo Ủy ban nhân dân tỉnh".
  Ngày nay Sở Văn hóa, Thể thao và Du lịch tổng hợp và báo cáo Bộ Văn hóa, Thể thao và Du lịch.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "current"
    Và hôm nay là ngày 01/12/2026
    Và "cv.tanphong" lập "Báo cáo định kỳ công tác thông tin đối ngoại của đơn vị" của đơn vị "LC_P_TANPHONG" năm 2026, gọi là "BC Tân Phong", với "Kỳ báo cáo" là "Cả năm"
    Và "cv.bao" lập "Báo cáo định kỳ công tác thông tin đối ngoại của đơn vị" của đơn vị "LC_BAO" năm 2026, gọi là "BC Báo", với "Kỳ báo cáo" là "Cả năm"
    Và "cv.svhttdl" lập "Báo cáo công tác thông tin đối ngoại của tỉnh" của đơn vị "LC_SVHTTDL" năm 2026, gọi là "BC tỉnh", với "Kỳ báo cáo" là "Cả năm"

  @basis:002_0c56fb678df250a7.txt:II.1;_004_5b944f41a127e280.txt_III.10 @basis:004_5b944f41a127e280.txt:III.10 @basis:002_0c56fb678df250a7.txt:II.1
  Kịch bản: Tổng hợp báo cáo các đơn vị, báo cáo UBND tỉnh rồi báo cáo Bộ
    Cho văn bản "BC Tân Phong" đã qua các bước "Ký báo cáo → Gửi cơ quan đầu mối → Tiếp nhận báo cáo"
    Và văn bản "BC Báo" đã qua các bước "Ký báo cáo → Gửi cơ quan đầu mối → Tiếp nhận báo cáo"
    Khi "cv.svhttdl" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC tỉnh"
    Thì văn bản "BC tỉnh" ở trạng thái "Đã tổng hợp"
    Và văn bản "BC Tân Phong" thuộc văn bản tổng hợp "BC tỉnh"
    Và văn bản "BC Báo" ở trạng thái "Đã tổng hợp"
    Khi "ld.svhttdl" thực hiện "Ký báo cáo" văn bản "BC tỉnh"
    Và "cv.svhttdl" thực hiện "Gửi UBND tỉnh" văn bản "BC tỉnh"
    Thì văn bản "BC tỉnh" ở trạng thái "Đã báo cáo UBND tỉnh"
    Khi "pct.ubnd" thực hiện "Cho ý kiến, đồng ý báo cáo Bộ" văn bản "BC tỉnh" với lý do "Đồng ý; Sở báo cáo Bộ theo quy định"
    Thì văn bản "BC tỉnh" ở trạng thái "UBND tỉnh đã cho ý kiến"
    Khi "ld.svhttdl" thực hiện "Báo cáo Bộ Văn hóa, Thể thao và Du lịch" văn bản "BC tỉnh" với "Số văn bản báo cáo Bộ" là "402/BC-SVHTTDL"
    Thì văn bản "BC tỉnh" ở trạng thái "Đã báo cáo Bộ"
    Và văn bản "BC tỉnh" không có hạn xử lý
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Không tổng hợp khi còn báo cáo đơn vị đang chờ tiếp nhận
    Cho văn bản "BC Tân Phong" đã qua các bước "Ký báo cáo → Gửi cơ quan đầu mối → Tiếp nhận báo cáo"
    Và văn bản "BC Báo" đã qua các bước "Ký báo cáo → Gửi cơ quan đầu mối"
    Khi "cv.svhttdl" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC tỉnh"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "Báo và Phát thanh, Truyền hình Lai Châu"
    Và văn bản "BC Tân Phong" ở trạng thái "Đã tiếp nhận"
    Khi "cv.svhttdl" thực hiện "Tiếp nhận báo cáo" văn bản "BC Báo"
    Và "cv.svhttdl" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC tỉnh"
    Thì văn bản "BC Báo" thuộc văn bản tổng hợp "BC tỉnh"
    Và văn bản "BC Tân Phong" thuộc văn bản tổng hợp "BC tỉnh"

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Chưa có báo cáo nào được tiếp nhận thì chưa tổng hợp được
    Khi "cv.svhttdl" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC tỉnh"
    Thì thao tác bị từ chối vì lý do có "chưa có văn bản"
    Và văn bản "BC tỉnh" vẫn ở trạng thái "Dự thảo"

  @basis:002_0c56fb678df250a7.txt:II.1
  Kịch bản: UBND tỉnh yêu cầu bổ sung báo cáo, có nêu lý do
    Cho văn bản "BC Tân Phong" đã qua các bước "Ký báo cáo → Gửi cơ quan đầu mối → Tiếp nhận báo cáo"
    Và văn bản "BC tỉnh" đã qua các bước "Tổng hợp báo cáo các đơn vị → Ký báo cáo → Gửi UBND tỉnh"
    Khi "pct.ubnd" thực hiện "Yêu cầu bổ sung" văn bản "BC tỉnh"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "pct.ubnd" thực hiện "Yêu cầu bổ sung" văn bản "BC tỉnh" với lý do "Đánh giá thêm kết quả đón phóng viên nước ngoài"
    Thì văn bản "BC tỉnh" ở trạng thái "UBND tỉnh yêu cầu bổ sung"
    Và hạn xử lý của văn bản "BC tỉnh" là ngày 20/12/2026
    Khi "cv.svhttdl" sửa văn bản "BC tỉnh", với "Kết quả, hạn chế và phương hướng" là "Bổ sung đánh giá đón 3 đoàn phóng viên nước ngoài"
    Và "cv.svhttdl" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC tỉnh"
    Và "ld.svhttdl" thực hiện "Ký báo cáo" văn bản "BC tỉnh"
    Và "ld.svhttdl" thực hiện "Gửi UBND tỉnh" văn bản "BC tỉnh"
    Thì văn bản "BC tỉnh" ở trạng thái "Đã báo cáo UBND tỉnh"

  @basis:002_0c56fb678df250a7.txt:II.1
  Kịch bản: Báo cáo năm của tỉnh chưa ký quá hạn sau ngày 15/12
    Thì hạn xử lý của văn bản "BC tỉnh" là ngày 15/12/2026
    Và văn bản "BC tỉnh" quá hạn vào ngày 16/12/2026
    Và văn bản "BC Tân Phong" quá hạn vào ngày 06/12/2026
    Cho văn bản "BC Tân Phong" đã qua các bước "Ký báo cáo → Gửi cơ quan đầu mối → Tiếp nhận báo cáo"
    Khi "cv.svhttdl" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC tỉnh" vào ngày 10/12/2026
    Và "ld.svhttdl" thực hiện "Ký báo cáo" văn bản "BC tỉnh" vào ngày 12/12/2026
    Và "cv.svhttdl" thực hiện "Gửi UBND tỉnh" văn bản "BC tỉnh" vào ngày 14/12/2026
    Thì văn bản "BC tỉnh" không quá hạn vào ngày 16/12/2026
    Và hạn xử lý của văn bản "BC tỉnh" là ngày 25/12/2026

  @basis:002_0c56fb678df250a7.txt:II.1
  Kịch bản: Chỉ lãnh đạo cơ quan đầu mối ký báo cáo của tỉnh; chuyên viên không ký thay
    Cho văn bản "BC Tân Phong" đã qua các bước "Ký báo cáo → Gửi cơ quan đầu mối → Tiếp nhận báo cáo"
    Và văn bản "BC tỉnh" đã qua các bước "Tổng hợp báo cáo các đơn vị"
    Khi "cv.svhttdl" thực hiện "Ký báo cáo" văn bản "BC tỉnh"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "ld.tanphong" thực hiện "Ký báo cáo" văn bản "BC tỉnh"
    Thì thao tác bị từ chối vì không đủ thẩm quyền
    Và "ld.svhttdl" chỉ được thấy các thao tác "Ký báo cáo" trên văn bản "BC tỉnh"
