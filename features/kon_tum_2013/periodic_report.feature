# language: vi
Tính năng: Báo cáo định kỳ công tác thông tin đối ngoại của đơn vị (Kon Tum 2013–2020)
  Chỉ thị 002_0c56fb678df250a7.txt, II.1: Sở Thông tin và Truyền thông "Sơ kết, tổng kết các hoạt
  động thông tin đối ngoại của tỉnh. Định kỳ 6 tháng, 1 năm báo cáo Ủy ban nhân dân tỉnh, Bộ Thông
  tin và Truyền thông theo quy định".
  Mục III: "Giao Sở Thông tin và Truyền thông là cơ quan thường trực tham mưu giúp Ủy ban nhân dân
  tỉnh chỉ đạo, đôn đốc thực hiện Chỉ thị này; hàng năm báo cáo kết quả thực hiện về Ủy ban nhân
  dân tỉnh để theo dõi, chỉ đạo".
  Chỉ thị không nêu ngày hạn cho báo cáo của đơn vị nên gói này không đặt hạn.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "kon_tum_2013"
    Và hôm nay là ngày 01/07/2014
    Và "cv.ngochoi.kt" lập "Báo cáo định kỳ công tác thông tin đối ngoại của đơn vị" của đơn vị "KT_H_NGOCHOI" năm 2014, gọi là "BC 6 tháng Ngọc Hồi", với nội dung:
      | Kỳ báo cáo        | 6 tháng đầu năm                              |
      | Kết quả thực hiện | Lắp đặt 2 pano song ngữ tại cửa khẩu Bờ Y.  |

  @basis:002_0c56fb678df250a7.txt:II.1,_III
  Kịch bản: Báo cáo 6 tháng của huyện được ký, gửi Sở, tiếp nhận và tổng hợp vào báo cáo sơ kết của tỉnh
    Khi "ld.ngochoi.kt" thực hiện "Ký báo cáo" văn bản "BC 6 tháng Ngọc Hồi"
    Và "cv.ngochoi.kt" thực hiện "Gửi Sở Thông tin và Truyền thông" văn bản "BC 6 tháng Ngọc Hồi"
    Thì văn bản "BC 6 tháng Ngọc Hồi" ở trạng thái "Đã gửi Sở Thông tin và Truyền thông"
    Khi "cv.stttt.kt" thực hiện "Tiếp nhận báo cáo" văn bản "BC 6 tháng Ngọc Hồi"
    Và "cv.stttt.kt" lập "Báo cáo công tác thông tin đối ngoại của tỉnh" của đơn vị "KT_STTTT" năm 2014, gọi là "BC sơ kết", với "Kỳ báo cáo" là "6 tháng đầu năm"
    Và "cv.stttt.kt" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC sơ kết"
    Thì văn bản "BC 6 tháng Ngọc Hồi" ở trạng thái "Đã tổng hợp"
    Và văn bản "BC 6 tháng Ngọc Hồi" thuộc văn bản tổng hợp "BC sơ kết"
    Và "Kết quả thực hiện" của văn bản "BC 6 tháng Ngọc Hồi" là "Lắp đặt 2 pano song ngữ tại cửa khẩu Bờ Y."
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:002_0c56fb678df250a7.txt:II.1,_III
  Kịch bản: Sở trả lại báo cáo phải ghi lý do; đơn vị bổ sung rồi gửi lại
    Cho văn bản "BC 6 tháng Ngọc Hồi" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông"
    Khi "cv.stttt.kt" thực hiện "Trả lại, yêu cầu bổ sung" văn bản "BC 6 tháng Ngọc Hồi"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cv.stttt.kt" thực hiện "Trả lại, yêu cầu bổ sung" văn bản "BC 6 tháng Ngọc Hồi" với lý do "Bổ sung đánh giá tiến độ theo Chương trình 1553"
    Thì văn bản "BC 6 tháng Ngọc Hồi" ở trạng thái "Trả lại"
    Khi "cv.ngochoi.kt" sửa văn bản "BC 6 tháng Ngọc Hồi", với "Khó khăn, vướng mắc" là "Thiếu cán bộ chuyên trách thông tin đối ngoại"
    Và "ld.ngochoi.kt" thực hiện "Ký báo cáo" văn bản "BC 6 tháng Ngọc Hồi"
    Và "cv.ngochoi.kt" thực hiện "Gửi Sở Thông tin và Truyền thông" văn bản "BC 6 tháng Ngọc Hồi"
    Thì văn bản "BC 6 tháng Ngọc Hồi" ở trạng thái "Đã gửi Sở Thông tin và Truyền thông"
    Và lịch sử văn bản "BC 6 tháng Ngọc Hồi" ghi "cv.stttt.kt" thực hiện "Trả lại, yêu cầu bổ sung" với lý do "Bổ sung đánh giá tiến độ theo Chương trình 1553"

  @basis:002_0c56fb678df250a7.txt:II.1,_III
  Kịch bản: Chỉ lãnh đạo huyện ký; huyện khác không gửi thay; Sở khác không tiếp nhận
    Cho "cv.svhttdl.kt" có vai trò "coordinator" tại đơn vị "KT_SVHTTDL"
    Khi "cv.ngochoi.kt" thực hiện "Ký báo cáo" văn bản "BC 6 tháng Ngọc Hồi"
    Thì thao tác bị từ chối vì sai vai trò
    Cho "ld.ngochoi.kt" đã thực hiện "Ký báo cáo" văn bản "BC 6 tháng Ngọc Hồi"
    Khi "cv.dakto.kt" thực hiện "Gửi Sở Thông tin và Truyền thông" văn bản "BC 6 tháng Ngọc Hồi"
    Thì thao tác bị từ chối vì sai đơn vị
    Cho "cv.ngochoi.kt" đã thực hiện "Gửi Sở Thông tin và Truyền thông" văn bản "BC 6 tháng Ngọc Hồi"
    Khi "cv.svhttdl.kt" thực hiện "Tiếp nhận báo cáo" văn bản "BC 6 tháng Ngọc Hồi"
    Thì thao tác bị từ chối vì sai đơn vị
    Và văn bản "BC 6 tháng Ngọc Hồi" ở trạng thái "Đã gửi Sở Thông tin và Truyền thông"

  @basis:002_0c56fb678df250a7.txt:II.1,_III
  Kịch bản: Chỉ thị không đặt hạn cho báo cáo của đơn vị nên báo cáo không bao giờ bị tính quá hạn
    Thì văn bản "BC 6 tháng Ngọc Hồi" không có hạn xử lý
    Khi "ld.ngochoi.kt" thực hiện "Ký báo cáo" văn bản "BC 6 tháng Ngọc Hồi"
    Thì văn bản "BC 6 tháng Ngọc Hồi" không có hạn xử lý
    Và không có văn bản nào quá hạn vào ngày 31/12/2014

  @basis:002_0c56fb678df250a7.txt:II.1,_III
  Kịch bản: Báo cáo sơ kết 6 tháng chỉ tổng hợp báo cáo 6 tháng, không bị báo cáo năm giữ lại
    Cho "cv.bao.kt" lập "Báo cáo định kỳ công tác thông tin đối ngoại của đơn vị" của đơn vị "KT_BAO" năm 2014, gọi là "BC năm Báo Kon Tum", với "Kỳ báo cáo" là "Cả năm"
    Và văn bản "BC 6 tháng Ngọc Hồi" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và văn bản "BC năm Báo Kon Tum" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông"
    Và "cv.stttt.kt" lập "Báo cáo công tác thông tin đối ngoại của tỉnh" của đơn vị "KT_STTTT" năm 2014, gọi là "BC sơ kết", với "Kỳ báo cáo" là "6 tháng đầu năm"
    Khi "cv.stttt.kt" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC sơ kết"
    Thì văn bản "BC sơ kết" ở trạng thái "Đã tổng hợp"
    Và văn bản "BC 6 tháng Ngọc Hồi" thuộc văn bản tổng hợp "BC sơ kết"
    Và văn bản "BC năm Báo Kon Tum" không thuộc văn bản tổng hợp nào
