# language: vi
Tính năng: Đề nghị đón phóng viên báo chí nước ngoài (Kon Tum 2013–2020)
  Chỉ thị 002_0c56fb678df250a7.txt, II.3: Sở Ngoại vụ "Chủ trì, phối hợp với các cơ quan chức năng
  của Bộ Ngoại giao, Sở Thông tin và Truyền thông, các cơ quan liên quan thường xuyên cung cấp
  thông tin cho báo chí phục vụ nhiệm vụ thông tin đối ngoại và quản lý tốt phóng viên báo chí
  nước ngoài đến hoạt động báo chí tại địa phương".
  II.9: Công an tỉnh "Chủ trì, phối hợp với Sở Thông tin và Truyền thông hướng dẫn, theo dõi việc
  chấp hành chế độ bảo mật thông tin trong hoạt động thông tin đối ngoại trên địa bàn tỉnh".
  Đoàn chỉ được đón khi cả Sở Ngoại vụ và Công an tỉnh đồng ý.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "kon_tum_2013"
    Và hôm nay là ngày 20/08/2014
    Và "cv.ngochoi.kt" lập "Đề nghị đón phóng viên báo chí nước ngoài" của đơn vị "KT_H_NGOCHOI" năm 2014, gọi là "Đoàn LNTV", với nội dung:
      | Cơ quan báo chí nước ngoài                             | Đài Truyền hình Quốc gia Lào (LNTV)            |
      | Danh sách phóng viên (họ tên, quốc tịch, số hộ chiếu) | Khamphone Sisavath (Lào), hộ chiếu P1234567    |
      | Từ ngày                                                | 10/09/2014                                     |
      | Đến ngày                                               | 12/09/2014                                     |
      | Địa điểm, nội dung tác nghiệp                          | Đưa tin giao lưu hữu nghị tại cửa khẩu Bờ Y    |

  @basis:002_0c56fb678df250a7.txt:II.3,_II.9
  Kịch bản: Sở Ngoại vụ và Công an tỉnh cùng đồng ý; huyện báo cáo kết quả sau chuyến tác nghiệp
    Khi "ld.ngochoi.kt" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn LNTV"
    Và "cb.cat.kt" thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn LNTV"
    Thì văn bản "Đoàn LNTV" ở trạng thái "Đang xin ý kiến"
    Và thao tác "Cho ý kiến đồng ý" trên văn bản "Đoàn LNTV" đã có 1/2 ý kiến
    Khi "cv.sngv.kt" thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn LNTV"
    Thì văn bản "Đoàn LNTV" ở trạng thái "Đã thống nhất đón đoàn"
    Khi "cv.ngochoi.kt" thực hiện "Báo cáo kết quả đón đoàn" văn bản "Đoàn LNTV" với "Kết quả chuyến tác nghiệp, tin bài đã đăng phát" là "Phóng sự phát trên LNTV ngày 20/9/2014"
    Thì văn bản "Đoàn LNTV" ở trạng thái "Đã kết thúc, báo cáo kết quả"
    Và lịch sử văn bản "Đoàn LNTV" ghi "cb.cat.kt" thực hiện "Cho ý kiến đồng ý"
    Và lịch sử văn bản "Đoàn LNTV" ghi "cv.sngv.kt" thực hiện "Cho ý kiến đồng ý"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:002_0c56fb678df250a7.txt:II.3,_II.9
  Kịch bản: Công an tỉnh đồng ý nhưng Sở Ngoại vụ không đồng ý thì không đón đoàn
    Cho văn bản "Đoàn LNTV" đã qua các bước "Ký, gửi xin ý kiến"
    Và "cb.cat.kt" đã thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn LNTV"
    Khi "cv.sngv.kt" thực hiện "Không đồng ý" văn bản "Đoàn LNTV"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cv.sngv.kt" thực hiện "Không đồng ý" văn bản "Đoàn LNTV" với lý do "Đoàn chưa được Bộ Ngoại giao cấp phép hoạt động báo chí"
    Thì văn bản "Đoàn LNTV" ở trạng thái "Không đồng ý"
    Và "cv.ngochoi.kt" không được thực hiện thao tác nào trên văn bản "Đoàn LNTV"

  @basis:002_0c56fb678df250a7.txt:II.3,_II.9
  Kịch bản: Công an tỉnh đề nghị bổ sung hồ sơ; huyện bổ sung và xin ý kiến lại
    Cho văn bản "Đoàn LNTV" đã qua các bước "Ký, gửi xin ý kiến"
    Khi "cb.cat.kt" thực hiện "Đề nghị bổ sung hồ sơ" văn bản "Đoàn LNTV"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cb.cat.kt" thực hiện "Đề nghị bổ sung hồ sơ" văn bản "Đoàn LNTV" với lý do "Bổ sung lịch trình chi tiết tại khu vực biên giới"
    Thì văn bản "Đoàn LNTV" ở trạng thái "Trả lại, bổ sung hồ sơ"
    Khi "cv.ngochoi.kt" sửa văn bản "Đoàn LNTV", với "Địa điểm, nội dung tác nghiệp" là "Cửa khẩu quốc tế Bờ Y, ngày 10–12/9/2014, có cán bộ Sở Ngoại vụ đi cùng"
    Và "ld.ngochoi.kt" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn LNTV"
    Thì văn bản "Đoàn LNTV" ở trạng thái "Đang xin ý kiến"
    Và lịch sử văn bản "Đoàn LNTV" ghi "cb.cat.kt" thực hiện "Đề nghị bổ sung hồ sơ" với lý do "Bổ sung lịch trình chi tiết tại khu vực biên giới"

  @basis:002_0c56fb678df250a7.txt:II.3,_II.9
  Kịch bản: Sở Thông tin và Truyền thông không thay Sở Ngoại vụ, Công an tỉnh cho ý kiến
    Cho văn bản "Đoàn LNTV" đã qua các bước "Ký, gửi xin ý kiến"
    Khi "cv.stttt.kt" thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn LNTV"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "ld.ngochoi.kt" thực hiện "Không đồng ý" văn bản "Đoàn LNTV" với lý do "Rút đề nghị"
    Thì thao tác bị từ chối vì sai vai trò
    Và văn bản "Đoàn LNTV" không có thay đổi nào

  @basis:002_0c56fb678df250a7.txt:II.3,_II.9
  Kịch bản: Đồng ý và không đồng ý cùng lúc: chỉ một ý kiến được ghi nhận
    Cho văn bản "Đoàn LNTV" đã qua các bước "Ký, gửi xin ý kiến"
    Khi "cv.sngv.kt" thực hiện "Cho ý kiến đồng ý" và "cb.cat.kt" thực hiện "Không đồng ý" văn bản "Đoàn LNTV" cùng lúc trên cùng một phiên bản, với lý do "Ý kiến của cơ quan"
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và chuỗi lịch sử kiểm tra hợp lệ
