# language: vi
Tính năng: Đề nghị đón phóng viên báo chí nước ngoài (bộ quy trình hiện hành)
  Chỉ thị 000_3e448a72fac77645.txt, điểm 3: Sở Ngoại vụ "Chủ trì, phối hợp với các cơ quan liên
  quan thống nhất quản lý tốt phóng viên báo chí nước ngoài đến hoạt động tại tỉnh"; điểm 8: Công
  an tỉnh "hướng dẫn và theo dõi việc chấp hành chế độ bảo mật thông tin trong hoạt động thông tin
  đối ngoại trên địa bàn tỉnh".
  Chỉ thị 004_5b944f41a127e280.txt, III.1: "Phối hợp với Sở Thông tin và Truyền thông, Công an tỉnh
  ... hướng dẫn, quản lý các đoàn phóng viên báo chí nước ngoài hoạt động trên địa bàn tỉnh theo
  quy định"; III.8: Công an tỉnh "Chủ trì, hướng dẫn, kiểm tra việc chấp hành chế độ bảo mật trong
  hoạt động thông tin đối ngoại".
  Chỉ thị 002_0c56fb678df250a7.txt, II.3 và II.9: Sở Ngoại vụ "quản lý tốt phóng viên báo chí nước
  ngoài đến hoạt động báo chí tại địa phương"; Công an tỉnh theo dõi chế độ bảo mật thông tin.
  Đoàn chỉ được đón khi cả Sở Ngoại vụ và Công an tỉnh cùng đồng ý.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "current"
    Và hôm nay là ngày 01/09/2026
    Và "cv.bao" lập "Đề nghị đón phóng viên báo chí nước ngoài" của đơn vị "LC_BAO" năm 2026, gọi là "Đoàn KBS", với nội dung:
      | Cơ quan báo chí nước ngoài                             | Đài Phát thanh và Truyền hình KBS (Hàn Quốc)        |
      | Danh sách phóng viên (họ tên, quốc tịch, số hộ chiếu) | Kim Min-jun (Hàn Quốc), hộ chiếu M12345678         |
      | Từ ngày                                                | 14/09/2026                                          |
      | Đến ngày                                               | 17/09/2026                                          |
      | Địa điểm, nội dung tác nghiệp                          | Ghi hình mùa lúa chín tại xã Sìn Hồ                 |

  @basis:000_3e448a72fac77645.txt:3,_8;_004_5b944f41a127e280.txt_III.1,_III.8;_002_0c56fb678df250a7.txt_II.3,_II.9 @basis:000_3e448a72fac77645.txt:3,_8 @basis:000_3e448a72fac77645.txt:3,_8;_004_5b944f41a127e280.txt_III.8 @basis:004_5b944f41a127e280.txt:III.1,_III.8
  Kịch bản: Sở Ngoại vụ và Công an tỉnh đều đồng ý thì đoàn được đón
    Khi "ld.bao" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn KBS"
    Thì văn bản "Đoàn KBS" ở trạng thái "Đang xin ý kiến"
    Và thao tác "Cho ý kiến đồng ý" trên văn bản "Đoàn KBS" đã có 0/2 ý kiến
    Khi "cv.sngv" thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn KBS"
    Thì văn bản "Đoàn KBS" vẫn ở trạng thái "Đang xin ý kiến"
    Và thao tác "Cho ý kiến đồng ý" trên văn bản "Đoàn KBS" đã có 1/2 ý kiến
    Khi "cb.cat" thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn KBS"
    Thì văn bản "Đoàn KBS" ở trạng thái "Đã thống nhất đón đoàn"
    Và lịch sử văn bản "Đoàn KBS" ghi "cv.sngv" thực hiện "Cho ý kiến đồng ý"
    Và lịch sử văn bản "Đoàn KBS" ghi "cb.cat" thực hiện "Cho ý kiến đồng ý"
    Khi "cv.bao" thực hiện "Báo cáo kết quả đón đoàn" văn bản "Đoàn KBS" với "Kết quả chuyến tác nghiệp, tin bài đã đăng phát" là "Phóng sự 25 phút phát trên KBS World"
    Thì văn bản "Đoàn KBS" ở trạng thái "Đã kết thúc, báo cáo kết quả"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:000_3e448a72fac77645.txt:3,_8;_004_5b944f41a127e280.txt_III.8 @basis:000_3e448a72fac77645.txt:3,_8
  Kịch bản: Sở Ngoại vụ đồng ý nhưng Công an tỉnh không đồng ý thì đoàn không được đón
    Cho văn bản "Đoàn KBS" đã qua các bước "Ký, gửi xin ý kiến"
    Và "cv.sngv" đã thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn KBS"
    Khi "cb.cat" thực hiện "Không đồng ý" văn bản "Đoàn KBS"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cb.cat" thực hiện "Không đồng ý" văn bản "Đoàn KBS" với lý do "Địa điểm quay thuộc vành đai biên giới"
    Thì văn bản "Đoàn KBS" ở trạng thái "Không đồng ý"
    Và lịch sử văn bản "Đoàn KBS" ghi "cb.cat" thực hiện "Không đồng ý" với lý do "Địa điểm quay thuộc vành đai biên giới"
    Và "cv.bao" không được thực hiện thao tác nào trên văn bản "Đoàn KBS"

  @basis:000_3e448a72fac77645.txt:3,_8;_004_5b944f41a127e280.txt_III.8
  Kịch bản: Một cơ quan chỉ cho ý kiến một lần; ý kiến thứ hai phải của cơ quan kia
    Cho văn bản "Đoàn KBS" đã qua các bước "Ký, gửi xin ý kiến"
    Và "cv2.sngv" có vai trò "foreign_affairs_officer" tại đơn vị "LC_SNGV"
    Và "cv.sngv" đã thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn KBS"
    Khi "cv.sngv" thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn KBS"
    Thì thao tác bị từ chối vì không đủ thẩm quyền
    Khi "cv2.sngv" thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn KBS"
    Thì thao tác bị từ chối vì không đủ thẩm quyền
    Và văn bản "Đoàn KBS" vẫn ở trạng thái "Đang xin ý kiến"
    Và thao tác "Cho ý kiến đồng ý" trên văn bản "Đoàn KBS" đã có 1/2 ý kiến
    Và "cb.cat" chỉ được thấy các thao tác "Cho ý kiến đồng ý, Không đồng ý, Đề nghị bổ sung hồ sơ" trên văn bản "Đoàn KBS"

  @basis:000_3e448a72fac77645.txt:3,_8
  Kịch bản: Đề nghị bổ sung hồ sơ phải nêu lý do; gửi lại thì xin ý kiến lại từ đầu
    Cho văn bản "Đoàn KBS" đã qua các bước "Ký, gửi xin ý kiến"
    Và "cb.cat" đã thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn KBS"
    Khi "cv.sngv" thực hiện "Đề nghị bổ sung hồ sơ" văn bản "Đoàn KBS"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cv.sngv" thực hiện "Đề nghị bổ sung hồ sơ" văn bản "Đoàn KBS" với lý do "Bổ sung thẻ phóng viên do Bộ Ngoại giao cấp"
    Thì văn bản "Đoàn KBS" ở trạng thái "Trả lại, bổ sung hồ sơ"
    Khi "cv.bao" sửa văn bản "Đoàn KBS", với "Danh sách phóng viên (họ tên, quốc tịch, số hộ chiếu)" là "Kim Min-jun (Hàn Quốc), hộ chiếu M12345678, thẻ phóng viên 0123/BNG"
    Và "ld.bao" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn KBS"
    Thì văn bản "Đoàn KBS" ở trạng thái "Đang xin ý kiến"
    Và thao tác "Cho ý kiến đồng ý" trên văn bản "Đoàn KBS" đã có 0/2 ý kiến

  @basis:000_3e448a72fac77645.txt:3,_8
  Kịch bản: Hồ sơ thiếu danh sách phóng viên không gửi xin ý kiến được
    Cho "cv.tanphong" lập "Đề nghị đón phóng viên báo chí nước ngoài" của đơn vị "LC_P_TANPHONG" năm 2026, gọi là "Đoàn NHK", chưa điền nội dung, với "Cơ quan báo chí nước ngoài" là "Đài Truyền hình NHK (Nhật Bản)"
    Khi "ld.tanphong" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn NHK"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "Danh sách phóng viên"
    Và văn bản "Đoàn NHK" ở trạng thái "Dự thảo"

  @basis:000_3e448a72fac77645.txt:3,_8;_004_5b944f41a127e280.txt_III.8
  Kịch bản: Chỉ Sở Ngoại vụ và Công an tỉnh được cho ý kiến; chỉ lãnh đạo đơn vị gửi đề nghị
    Khi "cv.bao" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn KBS"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "ld.tanphong" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn KBS"
    Thì thao tác bị từ chối vì sai đơn vị
    Cho "ld.bao" đã thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn KBS"
    Khi "cv.stc" thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn KBS"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "pct.ubnd" thực hiện "Không đồng ý" văn bản "Đoàn KBS" với lý do "Không thuộc thẩm quyền"
    Thì thao tác bị từ chối vì sai vai trò
    Và văn bản "Đoàn KBS" không có thay đổi nào

  @basis:000_3e448a72fac77645.txt:3,_8;_004_5b944f41a127e280.txt_III.8
  Kịch bản: Hai cơ quan cùng lúc cho ý kiến đồng ý: một ý kiến được ghi, ý kiến kia phải gửi lại
    Cho văn bản "Đoàn KBS" đã qua các bước "Ký, gửi xin ý kiến"
    Khi "cv.sngv" và "cb.cat" cùng lúc thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn KBS" trên cùng một phiên bản
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và thao tác "Cho ý kiến đồng ý" trên văn bản "Đoàn KBS" đã có 1/2 ý kiến
    Và văn bản "Đoàn KBS" vẫn ở trạng thái "Đang xin ý kiến"
    Cho văn bản "Đoàn KBS" đã qua các bước "Cho ý kiến đồng ý"
    Thì văn bản "Đoàn KBS" ở trạng thái "Đã thống nhất đón đoàn"
    Và chuỗi lịch sử kiểm tra hợp lệ
