# language: vi
Tính năng: Báo cáo định kỳ công tác thông tin đối ngoại của đơn vị (bộ quy trình hiện hành)
  Chỉ thị 004_5b944f41a127e280.txt, III.10: các đơn vị "định kỳ hoặc đột xuất báo cáo về hoạt
  động thông tin đối ngoại trong phạm vi quản lý của cơ quan, đơn vị, địa phương gửi về Sở Thông
  tin và Truyền thông hoặc báo cáo đột xuất theo yêu cầu để tổng hợp báo cáo Ủy ban nhân dân tỉnh".
  Chỉ thị 002_0c56fb678df250a7.txt, II.1: "Sơ kết, tổng kết các hoạt động thông tin đối ngoại của
  tỉnh. Định kỳ 6 tháng, 1 năm báo cáo Ủy ban nhân dân tỉnh, Bộ Thông tin và Truyền thông theo quy
  định"; III: "hàng năm báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh để theo dõi, chỉ đạo".
  Ngày nay báo cáo gửi Sở Văn hóa, Thể thao và Du lịch; báo cáo năm gửi trước ngày 05/12.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "current"
    Và hôm nay là ngày 20/11/2026
    Và "cv.tanphong" lập "Báo cáo định kỳ công tác thông tin đối ngoại của đơn vị" của đơn vị "LC_P_TANPHONG" năm 2026, gọi là "BC Tân Phong", với "Kỳ báo cáo" là "Cả năm"

  @basis:002_0c56fb678df250a7.txt:II.1,_III;_004_5b944f41a127e280.txt_III.10 @basis:004_5b944f41a127e280.txt:III.10 @basis:004_5b944f41a127e280.txt:III.10;_002_0c56fb678df250a7.txt_II.1
  Kịch bản: Báo cáo năm của phường được ký, gửi, tiếp nhận và tổng hợp vào báo cáo của tỉnh
    Khi "ld.tanphong" thực hiện "Ký báo cáo" văn bản "BC Tân Phong"
    Và "cv.tanphong" thực hiện "Gửi cơ quan đầu mối" văn bản "BC Tân Phong"
    Thì văn bản "BC Tân Phong" ở trạng thái "Đã gửi cơ quan đầu mối"
    Khi "cv.svhttdl" thực hiện "Tiếp nhận báo cáo" văn bản "BC Tân Phong"
    Thì văn bản "BC Tân Phong" ở trạng thái "Đã tiếp nhận"
    Khi "cv.svhttdl" lập "Báo cáo công tác thông tin đối ngoại của tỉnh" của đơn vị "LC_SVHTTDL" năm 2026, gọi là "BC tỉnh", với "Kỳ báo cáo" là "Cả năm"
    Và "cv.svhttdl" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC tỉnh"
    Thì văn bản "BC Tân Phong" ở trạng thái "Đã tổng hợp"
    Và văn bản "BC Tân Phong" thuộc văn bản tổng hợp "BC tỉnh"
    Và "Kỳ báo cáo" của văn bản "BC Tân Phong" là "Cả năm"
    Và "ld.tanphong" không được thực hiện thao tác nào trên văn bản "BC Tân Phong"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Cơ quan đầu mối trả lại báo cáo đã tiếp nhận, phải ghi lý do; đơn vị bổ sung và gửi lại
    Cho văn bản "BC Tân Phong" đã qua các bước "Ký báo cáo, Gửi cơ quan đầu mối, Tiếp nhận báo cáo"
    Khi "cv.svhttdl" thực hiện "Trả lại, yêu cầu bổ sung" văn bản "BC Tân Phong"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cv.svhttdl" thực hiện "Trả lại, yêu cầu bổ sung" văn bản "BC Tân Phong" với lý do "Bổ sung kinh phí đã sử dụng"
    Thì văn bản "BC Tân Phong" ở trạng thái "Trả lại"
    Khi "cv.tanphong" sửa văn bản "BC Tân Phong", với "Kinh phí đã sử dụng" là "148.000.000"
    Và "ld.tanphong" thực hiện "Ký báo cáo" văn bản "BC Tân Phong"
    Và "cv.tanphong" thực hiện "Gửi cơ quan đầu mối" văn bản "BC Tân Phong"
    Và "cv.svhttdl" thực hiện "Tiếp nhận báo cáo" văn bản "BC Tân Phong"
    Thì văn bản "BC Tân Phong" ở trạng thái "Đã tiếp nhận"
    Và "Kinh phí đã sử dụng" của văn bản "BC Tân Phong" là "148.000.000"
    Và lịch sử văn bản "BC Tân Phong" ghi "cv.svhttdl" thực hiện "Trả lại, yêu cầu bổ sung" với lý do "Bổ sung kinh phí đã sử dụng"

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Chỉ lãnh đạo của đơn vị ký và chuyên viên của đơn vị gửi báo cáo
    Khi "cv.tanphong" thực hiện "Ký báo cáo" văn bản "BC Tân Phong"
    Thì thao tác bị từ chối vì sai vai trò
    Cho "ld.tanphong" đã thực hiện "Ký báo cáo" văn bản "BC Tân Phong"
    Khi "cv.bao" thực hiện "Gửi cơ quan đầu mối" văn bản "BC Tân Phong"
    Thì thao tác bị từ chối vì sai đơn vị
    Khi "cv.svhttdl" thực hiện "Tiếp nhận báo cáo" văn bản "BC Tân Phong"
    Thì thao tác bị từ chối vì không thực hiện được ở trạng thái hiện tại
    Và văn bản "BC Tân Phong" ở trạng thái "Đã ký"

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Báo cáo chưa có kết quả thực hiện không ký được
    Cho "cv.bao" lập "Báo cáo định kỳ công tác thông tin đối ngoại của đơn vị" của đơn vị "LC_BAO" năm 2026, gọi là "BC Báo", chưa điền nội dung, với "Kỳ báo cáo" là "6 tháng đầu năm"
    Khi "ld.bao" thực hiện "Ký báo cáo" văn bản "BC Báo"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "Kết quả thực hiện"

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Báo cáo năm chưa gửi quá hạn sau ngày 05/12
    Thì hạn xử lý của văn bản "BC Tân Phong" là ngày 05/12/2026
    Và văn bản "BC Tân Phong" quá hạn vào ngày 06/12/2026
    Khi "ld.tanphong" thực hiện "Ký báo cáo" văn bản "BC Tân Phong" vào ngày 01/12/2026
    Và "cv.tanphong" thực hiện "Gửi cơ quan đầu mối" văn bản "BC Tân Phong" vào ngày 02/12/2026
    Thì hạn xử lý của văn bản "BC Tân Phong" là ngày 10/12/2026
    Và văn bản "BC Tân Phong" không quá hạn vào ngày 06/12/2026
