# language: vi
Tính năng: Báo cáo sơ kết, tổng kết công tác thông tin đối ngoại của tỉnh (Kon Tum 2013–2020)
  Chỉ thị 002_0c56fb678df250a7.txt, II.1: Sở Thông tin và Truyền thông "tham mưu công tác sơ kết,
  tổng kết việc thực hiện Chương trình theo chỉ đạo của Ủy ban nhân dân tỉnh và Bộ Thông tin và
  Truyền thông"; "Sơ kết, tổng kết các hoạt động thông tin đối ngoại của tỉnh. Định kỳ 6 tháng,
  1 năm báo cáo Ủy ban nhân dân tỉnh, Bộ Thông tin và Truyền thông theo quy định".
  Mục III: Sở "hàng năm báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh để theo dõi, chỉ đạo".

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "kon_tum_2013"
    Và hôm nay là ngày 10/07/2014
    Và "cv.ngochoi.kt" lập "Báo cáo định kỳ công tác thông tin đối ngoại của đơn vị" của đơn vị "KT_H_NGOCHOI" năm 2014, gọi là "BC Ngọc Hồi", với "Kỳ báo cáo" là "6 tháng đầu năm"
    Và "cv.dakto.kt" lập "Báo cáo định kỳ công tác thông tin đối ngoại của đơn vị" của đơn vị "KT_H_DAKTO" năm 2014, gọi là "BC Đăk Tô", với "Kỳ báo cáo" là "6 tháng đầu năm"
    Và "cv.stttt.kt" lập "Báo cáo công tác thông tin đối ngoại của tỉnh" của đơn vị "KT_STTTT" năm 2014, gọi là "BC sơ kết 2014", với "Kỳ báo cáo" là "6 tháng đầu năm"

  @basis:002_0c56fb678df250a7.txt:II.1,_III @basis:002_0c56fb678df250a7.txt:II.1
  Kịch bản: Sở sơ kết 6 tháng, báo cáo UBND tỉnh và Bộ Thông tin và Truyền thông
    Cho văn bản "BC Ngọc Hồi" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và văn bản "BC Đăk Tô" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Khi "cv.stttt.kt" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC sơ kết 2014"
    Thì văn bản "BC sơ kết 2014" ở trạng thái "Đã tổng hợp"
    Và văn bản "BC Ngọc Hồi" thuộc văn bản tổng hợp "BC sơ kết 2014"
    Và văn bản "BC Đăk Tô" thuộc văn bản tổng hợp "BC sơ kết 2014"
    Khi "ld.stttt.kt" thực hiện "Ký báo cáo" văn bản "BC sơ kết 2014"
    Và "cv.stttt.kt" thực hiện "Gửi UBND tỉnh" văn bản "BC sơ kết 2014"
    Thì văn bản "BC sơ kết 2014" ở trạng thái "Đã báo cáo UBND tỉnh"
    Khi "pct.ubnd.kt" thực hiện "Cho ý kiến, đồng ý báo cáo Bộ" văn bản "BC sơ kết 2014"
    Và "cv.stttt.kt" thực hiện "Báo cáo Bộ Thông tin và Truyền thông" văn bản "BC sơ kết 2014" với "Số văn bản báo cáo Bộ" là "540/BC-STTTT"
    Thì văn bản "BC sơ kết 2014" ở trạng thái "Đã báo cáo Bộ"
    Và lịch sử văn bản "BC sơ kết 2014" ghi "pct.ubnd.kt" thực hiện "Cho ý kiến, đồng ý báo cáo Bộ"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:002_0c56fb678df250a7.txt:II.1,_III
  Kịch bản: Còn báo cáo của huyện chưa được tiếp nhận thì chưa sơ kết được
    Cho văn bản "BC Ngọc Hồi" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và văn bản "BC Đăk Tô" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông"
    Khi "cv.stttt.kt" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC sơ kết 2014"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "huyện Đăk Tô"
    Và văn bản "BC sơ kết 2014" không có thay đổi nào
    Khi "cv.stttt.kt" thực hiện "Tiếp nhận báo cáo" văn bản "BC Đăk Tô"
    Và "cv.stttt.kt" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC sơ kết 2014"
    Thì văn bản "BC Đăk Tô" thuộc văn bản tổng hợp "BC sơ kết 2014"
    Và văn bản "BC Ngọc Hồi" ở trạng thái "Đã tổng hợp"

  @basis:002_0c56fb678df250a7.txt:II.1
  Kịch bản: UBND tỉnh yêu cầu bổ sung báo cáo sơ kết phải nêu lý do
    Cho văn bản "BC Ngọc Hồi" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và văn bản "BC sơ kết 2014" đã qua các bước "Tổng hợp báo cáo các đơn vị → Ký báo cáo → Gửi UBND tỉnh"
    Khi "pct.ubnd.kt" thực hiện "Yêu cầu bổ sung" văn bản "BC sơ kết 2014"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "pct.ubnd.kt" thực hiện "Yêu cầu bổ sung" văn bản "BC sơ kết 2014" với lý do "Nêu rõ đơn vị chưa gửi kế hoạch năm 2014"
    Thì văn bản "BC sơ kết 2014" ở trạng thái "UBND tỉnh yêu cầu bổ sung"
    Và "ld.stttt.kt" không được thực hiện thao tác nào trên văn bản "BC sơ kết 2014"
    Và "cv.stttt.kt" chỉ được thấy các thao tác "Tổng hợp báo cáo các đơn vị" trên văn bản "BC sơ kết 2014"

  @basis:002_0c56fb678df250a7.txt:II.1
  Kịch bản: Chỉ lãnh đạo UBND tỉnh cho ý kiến về báo cáo của Sở; báo cáo của tỉnh không có hạn trong chỉ thị
    Cho văn bản "BC Ngọc Hồi" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và văn bản "BC sơ kết 2014" đã qua các bước "Tổng hợp báo cáo các đơn vị → Ký báo cáo → Gửi UBND tỉnh"
    Khi "ld.stttt.kt" thực hiện "Cho ý kiến, đồng ý báo cáo Bộ" văn bản "BC sơ kết 2014"
    Thì thao tác bị từ chối vì sai vai trò
    Và văn bản "BC sơ kết 2014" không có hạn xử lý
