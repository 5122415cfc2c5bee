# language: vi
Tính năng: Đề nghị đón phóng viên báo chí nước ngoài (Lai Châu 2015)
  Chỉ thị 000_3e448a72fac77645.txt, điểm 3: Sở Ngoại vụ "Chủ trì, phối hợp với các cơ quan liên
  quan thống nhất quản lý tốt phóng viên báo chí nước ngoài đến hoạt động tại tỉnh Lai Châu".
  Điểm 8: Công an tỉnh "Chủ trì, phối hợp với Sở Thông tin và Truyền thông hướng dẫn và theo dõi
  việc chấp hành chế độ bảo mật thông tin trong hoạt động thông tin đối ngoại trên địa bàn tỉnh".
  Đơn vị đón đoàn chỉ được tiếp nhận khi cả Sở Ngoại vụ và Công an tỉnh cùng đồng ý.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "lai_chau_2015"
    Và hôm nay là ngày 20/01/2015
    Và "cv.phongtho.lc15" lập "Đề nghị đón phóng viên báo chí nước ngoài" của đơn vị "LC15_H_PHONGTHO" năm 2015, gọi là "Đoàn Vân Nam", với nội dung:
      | Cơ quan báo chí nước ngoài                             | Đài Phát thanh - Truyền hình tỉnh Vân Nam (Trung Quốc)  |
      | Danh sách phóng viên (họ tên, quốc tịch, số hộ chiếu) | Lý Hoa (Trung Quốc), hộ chiếu E12345678                 |
      | Từ ngày                                                | 10/02/2015                                              |
      | Đến ngày                                               | 11/02/2015                                              |
      | Địa điểm, nội dung tác nghiệp                          | Giao lưu văn nghệ mừng Xuân tại cửa khẩu Ma Lù Thàng    |

  @basis:000_3e448a72fac77645.txt:3 @basis:000_3e448a72fac77645.txt:3,_8
  Kịch bản: Sở Ngoại vụ và Công an tỉnh cùng đồng ý; huyện báo cáo kết quả sau chuyến tác nghiệp
    Khi "ld.phongtho.lc15" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn Vân Nam"
    Thì văn bản "Đoàn Vân Nam" ở trạng thái "Đang xin ý kiến Sở Ngoại vụ và Công an tỉnh"
    Và thao tác "Cho ý kiến đồng ý" trên văn bản "Đoàn Vân Nam" đã có 0/2 ý kiến
    Khi "cv.sngv.lc15" thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn Vân Nam"
    Thì văn bản "Đoàn Vân Nam" vẫn ở trạng thái "Đang xin ý kiến Sở Ngoại vụ và Công an tỉnh"
    Và thao tác "Cho ý kiến đồng ý" trên văn bản "Đoàn Vân Nam" đã có 1/2 ý kiến
    Khi "cb.cat.lc15" thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn Vân Nam"
    Thì văn bản "Đoàn Vân Nam" ở trạng thái "Đã thống nhất đón đoàn"
    Khi "cv.phongtho.lc15" thực hiện "Báo cáo kết quả đón đoàn" văn bản "Đoàn Vân Nam" với "Kết quả chuyến tác nghiệp, tin bài đã đăng phát" là "Phóng sự 10 phút phát trên kênh YNTV ngày 15/02/2015"
    Thì văn bản "Đoàn Vân Nam" ở trạng thái "Đã kết thúc, báo cáo kết quả"
    Và lịch sử văn bản "Đoàn Vân Nam" ghi "cv.sngv.lc15" thực hiện "Cho ý kiến đồng ý"
    Và lịch sử văn bản "Đoàn Vân Nam" ghi "cb.cat.lc15" thực hiện "Cho ý kiến đồng ý"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:000_3e448a72fac77645.txt:3,_8
  Kịch bản: Sở Ngoại vụ đồng ý nhưng Công an tỉnh không đồng ý vì chế độ bảo mật thì không đón đoàn
    Cho văn bản "Đoàn Vân Nam" đã qua các bước "Ký, gửi xin ý kiến"
    Và "cv.sngv.lc15" đã thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn Vân Nam"
    Khi "cb.cat.lc15" thực hiện "Không đồng ý" văn bản "Đoàn Vân Nam"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cb.cat.lc15" thực hiện "Không đồng ý" văn bản "Đoàn Vân Nam" với lý do "Địa điểm quay thuộc vành đai biên giới; không đồng ý theo chế độ bảo mật (điểm 8)"
    Thì văn bản "Đoàn Vân Nam" ở trạng thái "Không đồng ý"
    Và "cv.phongtho.lc15" không được thực hiện thao tác nào trên văn bản "Đoàn Vân Nam"
    Và "cv.sngv.lc15" không được thực hiện thao tác nào trên văn bản "Đoàn Vân Nam"
    Và lịch sử văn bản "Đoàn Vân Nam" ghi "cb.cat.lc15" thực hiện "Không đồng ý" với lý do "Địa điểm quay thuộc vành đai biên giới; không đồng ý theo chế độ bảo mật (điểm 8)"

  @basis:000_3e448a72fac77645.txt:3 @basis:000_3e448a72fac77645.txt:3,_8
  Kịch bản: Sở Ngoại vụ đề nghị bổ sung hồ sơ phải nêu lý do; huyện bổ sung và xin ý kiến lại từ đầu
    Cho văn bản "Đoàn Vân Nam" đã qua các bước "Ký, gửi xin ý kiến"
    Và "cb.cat.lc15" đã thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn Vân Nam"
    Khi "cv.sngv.lc15" thực hiện "Đề nghị bổ sung hồ sơ" văn bản "Đoàn Vân Nam"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cv.sngv.lc15" thực hiện "Đề nghị bổ sung hồ sơ" văn bản "Đoàn Vân Nam" với lý do "Bổ sung thẻ phóng viên và văn bản giới thiệu của Bộ Ngoại giao"
    Thì văn bản "Đoàn Vân Nam" ở trạng thái "Trả lại, bổ sung hồ sơ"
    Khi "cv.phongtho.lc15" sửa văn bản "Đoàn Vân Nam", với "Danh sách phóng viên (họ tên, quốc tịch, số hộ chiếu)" là "Lý Hoa (Trung Quốc), hộ chiếu E12345678, thẻ phóng viên 0456/BNG"
    Và "ld.phongtho.lc15" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn Vân Nam"
    Thì văn bản "Đoàn Vân Nam" ở trạng thái "Đang xin ý kiến Sở Ngoại vụ và Công an tỉnh"
    Và thao tác "Cho ý kiến đồng ý" trên văn bản "Đoàn Vân Nam" đã có 0/2 ý kiến
    Và lịch sử văn bản "Đoàn Vân Nam" ghi "cv.sngv.lc15" thực hiện "Đề nghị bổ sung hồ sơ" với lý do "Bổ sung thẻ phóng viên và văn bản giới thiệu của Bộ Ngoại giao"

  @basis:000_3e448a72fac77645.txt:3
  Kịch bản: Hồ sơ chưa có danh sách phóng viên thì chưa gửi xin ý kiến được
    Cho "cv.tp.lc15" lập "Đề nghị đón phóng viên báo chí nước ngoài" của đơn vị "LC15_TP_LAICHAU" năm 2015, gọi là "Đoàn Tân Hoa xã", chưa điền nội dung, với "Cơ quan báo chí nước ngoài" là "Tân Hoa xã (Trung Quốc)"
    Khi "ld.tp.lc15" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn Tân Hoa xã"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "Danh sách phóng viên"
    Và văn bản "Đoàn Tân Hoa xã" ở trạng thái "Dự thảo"

  @basis:000_3e448a72fac77645.txt:3 @basis:000_3e448a72fac77645.txt:3,_8
  Kịch bản: Chỉ lãnh đạo đơn vị gửi đề nghị; chỉ Sở Ngoại vụ và Công an tỉnh cho ý kiến
    Khi "cv.phongtho.lc15" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn Vân Nam"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "ld.muongte.lc15" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn Vân Nam"
    Thì thao tác bị từ chối vì sai đơn vị
    Cho "ld.phongtho.lc15" đã thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn Vân Nam"
    Khi "cv.stttt.lc15" thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn Vân Nam"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "pct.ubnd.lc15" thực hiện "Không đồng ý" văn bản "Đoàn Vân Nam" với lý do "Không thuộc thẩm quyền"
    Thì thao tác bị từ chối vì sai vai trò
    Và văn bản "Đoàn Vân Nam" không có thay đổi nào
    Và "cb.cat.lc15" chỉ được thấy các thao tác "Cho ý kiến đồng ý, Không đồng ý, Đề nghị bổ sung hồ sơ" trên văn bản "Đoàn Vân Nam"

  @basis:000_3e448a72fac77645.txt:3,_8
  Kịch bản: Sở Ngoại vụ đã cho ý kiến thì không cho ý kiến lần thứ hai thay Công an tỉnh
    Cho văn bản "Đoàn Vân Nam" đã qua các bước "Ký, gửi xin ý kiến"
    Và "cv.sngv.lc15" đã thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn Vân Nam"
    Khi "cv.sngv.lc15" thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn Vân Nam"
    Thì thao tác bị từ chối vì không đủ thẩm quyền
    Và văn bản "Đoàn Vân Nam" vẫn ở trạng thái "Đang xin ý kiến Sở Ngoại vụ và Công an tỉnh"
    Và thao tác "Cho ý kiến đồng ý" trên văn bản "Đoàn Vân Nam" đã có 1/2 ý kiến

  @basis:000_3e448a72fac77645.txt:3,_8
  Kịch bản: Sở Ngoại vụ bấm đồng ý lần thứ hai được báo là đã cho ý kiến, không phải thiếu vai trò
    Cho văn bản "Đoàn Vân Nam" đã qua các bước "Ký, gửi xin ý kiến"
    Và "cv.sngv.lc15" đã thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn Vân Nam"
    Khi "cv.sngv.lc15" thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn Vân Nam"
    Thì thao tác bị từ chối vì lý do có "đã cho ý kiến ở bước này"
    Và thao tác "Cho ý kiến đồng ý" trên văn bản "Đoàn Vân Nam" đã có 1/2 ý kiến

  @basis:000_3e448a72fac77645.txt:3
  Kịch bản: Phó Chủ tịch huyện ký gửi đề nghị thay Chủ tịch khi được ủy quyền, không ký được sau khi ủy quyền hết hạn
    Cho "ld.phongtho.lc15" ủy quyền vai trò "Lãnh đạo đơn vị" tại đơn vị "LC15_H_PHONGTHO" cho "pct.phongtho.lc15" từ ngày 19/01/2015 đến ngày 23/01/2015
    Khi "pct.phongtho.lc15" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn Vân Nam" vào ngày 26/01/2015
    Thì thao tác bị từ chối vì ủy quyền đã hết hạn
    Khi "pct.phongtho.lc15" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn Vân Nam" vào ngày 22/01/2015
    Thì văn bản "Đoàn Vân Nam" ở trạng thái "Đang xin ý kiến Sở Ngoại vụ và Công an tỉnh"
    Và lịch sử văn bản "Đoàn Vân Nam" ghi "pct.phongtho.lc15" thực hiện "Ký, gửi xin ý kiến" thay mặt "ld.phongtho.lc15"

  @basis:000_3e448a72fac77645.txt:3,_8
  Kịch bản: Sở Ngoại vụ đồng ý và Công an tỉnh không đồng ý cùng lúc: chỉ một ý kiến được ghi nhận
    Cho văn bản "Đoàn Vân Nam" đã qua các bước "Ký, gửi xin ý kiến"
    Khi "cv.sngv.lc15" thực hiện "Cho ý kiến đồng ý" và "cb.cat.lc15" thực hiện "Không đồng ý" văn bản "Đoàn Vân Nam" cùng lúc trên cùng một phiên bản, với lý do "Ý kiến của cơ quan"
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và chuỗi lịch sử kiểm tra hợp lệ
