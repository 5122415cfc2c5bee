# language: vi
Tính năng: Đề nghị đón phóng viên báo chí nước ngoài (Trà Vinh 2023)
  Kế hoạch kèm Quyết định 1899/QĐ-UBND, 004_5b944f41a127e280.txt, III.1: Văn phòng Ủy ban nhân dân
  tỉnh "Phối hợp với Sở Thông tin và Truyền thông, Công an tỉnh và các cơ quan, đơn vị có liên quan
  hướng dẫn, quản lý các đoàn phóng viên báo chí nước ngoài hoạt động trên địa bàn tỉnh theo quy định".
  III.8: Công an tỉnh "Chủ trì, hướng dẫn, kiểm tra việc chấp hành chế độ bảo mật trong hoạt động
  thông tin đối ngoại" và "Phối hợp với các cơ quan, đơn vị có liên quan quản lý hoạt động đoàn ra,
  đoàn vào; phóng viên và các cơ quan thông tấn báo chí nước ngoài hoạt động tại tỉnh".
  Tỉnh không có Sở Ngoại vụ: hai ý kiến là của Văn phòng UBND tỉnh và Công an tỉnh; hồ sơ phải nêu
  thông tin, tài liệu dự kiến cung cấp cho phóng viên để Công an xem xét chế độ bảo mật.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "tra_vinh_2023"
    Và hôm nay là ngày 01/10/2024
    Và "cv.svhttdl.tv" lập "Đề nghị đón phóng viên báo chí nước ngoài" của đơn vị "TV_SVHTTDL" năm 2024, gọi là "Đoàn NHK", với nội dung:
      | Cơ quan báo chí nước ngoài                                 | Đài Truyền hình NHK (Nhật Bản)                                    |
      | Danh sách phóng viên (họ tên, quốc tịch, số hộ chiếu)     | Tanaka Kenji (Nhật Bản), hộ chiếu TK1234567                       |
      | Từ ngày                                                    | 14/11/2024                                                        |
      | Đến ngày                                                   | 16/11/2024                                                        |
      | Địa điểm, nội dung tác nghiệp                              | Ghi hình Lễ hội Ok Om Bok – đua ghe Ngo tại Ao Bà Om              |
      | Thông tin, tài liệu dự kiến cung cấp cho phóng viên        | Tài liệu giới thiệu văn hóa Khmer Trà Vinh đã công bố công khai    |

  @basis:004_5b944f41a127e280.txt:III.1 @basis:004_5b944f41a127e280.txt:III.1,_III.8
  Kịch bản: Văn phòng UBND tỉnh và Công an tỉnh cùng đồng ý; Sở báo cáo kết quả sau chuyến tác nghiệp
    Khi "ld.svhttdl.tv" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn NHK"
    Thì văn bản "Đoàn NHK" ở trạng thái "Đang xin ý kiến Văn phòng UBND tỉnh và Công an tỉnh"
    Và thao tác "Cho ý kiến đồng ý" trên văn bản "Đoàn NHK" đã có 0/2 ý kiến
    Khi "cb.cat.tv" thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn NHK"
    Thì văn bản "Đoàn NHK" vẫn ở trạng thái "Đang xin ý kiến Văn phòng UBND tỉnh và Công an tỉnh"
    Và thao tác "Cho ý kiến đồng ý" trên văn bản "Đoàn NHK" đã có 1/2 ý kiến
    Khi "cv.vpubnd.tv" thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn NHK"
    Thì văn bản "Đoàn NHK" ở trạng thái "Đã thống nhất đón đoàn"
    Khi "cv.svhttdl.tv" thực hiện "Báo cáo kết quả đón đoàn" văn bản "Đoàn NHK" với "Kết quả chuyến tác nghiệp, tin bài đã đăng phát" là "Phóng sự 15 phút về đua ghe Ngo phát trên NHK World ngày 30/11/2024"
    Thì văn bản "Đoàn NHK" ở trạng thái "Đã kết thúc, báo cáo kết quả"
    Và lịch sử văn bản "Đoàn NHK" ghi "cv.vpubnd.tv" thực hiện "Cho ý kiến đồng ý"
    Và lịch sử văn bản "Đoàn NHK" ghi "cb.cat.tv" thực hiện "Cho ý kiến đồng ý"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:004_5b944f41a127e280.txt:III.1,_III.8
  Kịch bản: Văn phòng UBND tỉnh đồng ý nhưng Công an tỉnh không đồng ý thì không đón đoàn
    Cho văn bản "Đoàn NHK" đã qua các bước "Ký, gửi xin ý kiến"
    Và "cv.vpubnd.tv" đã thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn NHK"
    Khi "cb.cat.tv" thực hiện "Không đồng ý" văn bản "Đoàn NHK"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cb.cat.tv" thực hiện "Không đồng ý" văn bản "Đoàn NHK" với lý do "Tài liệu dự kiến cung cấp có số liệu chưa được phép công bố (chế độ bảo mật, III.8)"
    Thì văn bản "Đoàn NHK" ở trạng thái "Không đồng ý"
    Và "cv.svhttdl.tv" không được thực hiện thao tác nào trên văn bản "Đoàn NHK"
    Và lịch sử văn bản "Đoàn NHK" ghi "cb.cat.tv" thực hiện "Không đồng ý" với lý do "Tài liệu dự kiến cung cấp có số liệu chưa được phép công bố (chế độ bảo mật, III.8)"

  @basis:004_5b944f41a127e280.txt:III.1 @basis:004_5b944f41a127e280.txt:III.1,_III.8
  Kịch bản: Công an tỉnh đề nghị bổ sung hồ sơ phải nêu lý do; Sở bổ sung tài liệu và xin ý kiến lại từ đầu
    Cho văn bản "Đoàn NHK" đã qua các bước "Ký, gửi xin ý kiến"
    Và "cv.vpubnd.tv" đã thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn NHK"
    Khi "cb.cat.tv" thực hiện "Đề nghị bổ sung hồ sơ" văn bản "Đoàn NHK"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cb.cat.tv" thực hiện "Đề nghị bổ sung hồ sơ" văn bản "Đoàn NHK" với lý do "Liệt kê cụ thể tài liệu, số liệu sẽ cung cấp cho phóng viên"
    Thì văn bản "Đoàn NHK" ở trạng thái "Trả lại, bổ sung hồ sơ"
    Khi "cv.svhttdl.tv" sửa văn bản "Đoàn NHK", với "Thông tin, tài liệu dự kiến cung cấp cho phóng viên" là "Sách ảnh «Trà Vinh – đất và người»; số liệu du lịch năm 2023 đã công bố trên Cổng thông tin điện tử tỉnh"
    Và "ld.svhttdl.tv" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn NHK"
    Thì văn bản "Đoàn NHK" ở trạng thái "Đang xin ý kiến Văn phòng UBND tỉnh và Công an tỉnh"
    Và thao tác "Cho ý kiến đồng ý" trên văn bản "Đoàn NHK" đã có 0/2 ý kiến
    Và lịch sử văn bản "Đoàn NHK" ghi "cb.cat.tv" thực hiện "Đề nghị bổ sung hồ sơ" với lý do "Liệt kê cụ thể tài liệu, số liệu sẽ cung cấp cho phóng viên"

  @basis:004_5b944f41a127e280.txt:III.1
  Kịch bản: Hồ sơ chưa nêu thông tin, tài liệu dự kiến cung cấp cho phóng viên thì chưa gửi xin ý kiến được
    Cho "cv.dai.tv" lập "Đề nghị đón phóng viên báo chí nước ngoài" của đơn vị "TV_DAI" năm 2024, gọi là "Đoàn KBS", chưa điền nội dung, với nội dung:
      | Cơ quan báo chí nước ngoài                             | Đài KBS (Hàn Quốc)                                 |
      | Danh sách phóng viên (họ tên, quốc tịch, số hộ chiếu) | Kim Min-jun (Hàn Quốc), hộ chiếu M12345678         |
      | Từ ngày                                                | 14/11/2024                                         |
      | Đến ngày                                               | 15/11/2024                                         |
      | Địa điểm, nội dung tác nghiệp                          | Ghi hình chương trình phát thanh tiếng Khmer       |
    Khi "ld.dai.tv" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn KBS"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "Thông tin, tài liệu dự kiến cung cấp cho phóng viên"
    Và văn bản "Đoàn KBS" ở trạng thái "Dự thảo"

  @basis:004_5b944f41a127e280.txt:III.1 @basis:004_5b944f41a127e280.txt:III.1,_III.8
  Kịch bản: Chỉ lãnh đạo đơn vị gửi đề nghị; Sở Thông tin và Truyền thông không cho ý kiến thay Văn phòng UBND tỉnh
    Khi "cv.svhttdl.tv" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn NHK"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "ld.sct.tv" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn NHK"
    Thì thao tác bị từ chối vì sai đơn vị
    Cho "ld.svhttdl.tv" đã thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn NHK"
    Khi "cv.stttt.tv" thực hiện "Cho ý kiến đồng ý" văn bản "Đoàn NHK"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "pct.ubnd.tv" thực hiện "Không đồng ý" văn bản "Đoàn NHK" với lý do "Không thuộc thẩm quyền"
    Thì thao tác bị từ chối vì sai vai trò
    Và văn bản "Đoàn NHK" không có thay đổi nào
    Và "cv.vpubnd.tv" chỉ được thấy các thao tác "Cho ý kiến đồng ý; Không đồng ý; Đề nghị bổ sung hồ sơ" trên văn bản "Đoàn NHK"

  @basis:004_5b944f41a127e280.txt:III.1
  Kịch bản: Báo Trà Vinh ngoài khối UBND tỉnh cũng đề nghị đón phóng viên nước ngoài
    Cho "cv.bao.tv" có vai trò "unit_officer" tại đơn vị "TV_BAO"
    Và "ld.bao.tv" có vai trò "unit_head" tại đơn vị "TV_BAO"
    Và "cv.bao.tv" lập "Đề nghị đón phóng viên báo chí nước ngoài" của đơn vị "TV_BAO" năm 2024, gọi là "Đoàn Báo Nhân dân Campuchia"
    Khi "ld.bao.tv" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn Báo Nhân dân Campuchia"
    Thì văn bản "Đoàn Báo Nhân dân Campuchia" ở trạng thái "Đang xin ý kiến Văn phòng UBND tỉnh và Công an tỉnh"
    Và "cb.cat.tv" chỉ được thấy các thao tác "Cho ý kiến đồng ý; Không đồng ý; Đề nghị bổ sung hồ sơ" trên văn bản "Đoàn Báo Nhân dân Campuchia"

  @basis:004_5b944f41a127e280.txt:III.1
  Kịch bản: Giám đốc Sở Công Thương ủy quyền Phó Giám đốc ký gửi đề nghị; hết hạn ủy quyền thì không ký được
    Cho "cv.sct.tv" lập "Đề nghị đón phóng viên báo chí nước ngoài" của đơn vị "TV_SCT" năm 2024, gọi là "Đoàn JETRO"
    Và "ld.sct.tv" ủy quyền vai trò "Lãnh đạo đơn vị" tại đơn vị "TV_SCT" cho "pgd.sct.tv" từ ngày 01/10/2024 đến ngày 04/10/2024
    Khi "pgd.sct.tv" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn JETRO" vào ngày 07/10/2024
    Thì thao tác bị từ chối vì ủy quyền đã hết hạn
    Khi "pgd.sct.tv" thực hiện "Ký, gửi xin ý kiến" văn bản "Đoàn JETRO" vào ngày 03/10/2024
    Thì văn bản "Đoàn JETRO" ở trạng thái "Đang xin ý kiến Văn phòng UBND tỉnh và Công an tỉnh"
    Và lịch sử văn bản "Đoàn JETRO" ghi "pgd.sct.tv" thực hiện "Ký, gửi xin ý kiến" thay mặt "ld.sct.tv"

  @basis:004_5b944f41a127e280.txt:III.1,_III.8
  Kịch bản: Văn phòng UBND tỉnh đồng ý và Công an tỉnh không đồng ý cùng lúc: chỉ một ý kiến được ghi nhận
    Cho văn bản "Đoàn NHK" đã qua các bước "Ký, gửi xin ý kiến"
    Khi "cv.vpubnd.tv" thực hiện "Cho ý kiến đồng ý" và "cb.cat.tv" thực hiện "Không đồng ý" văn bản "Đoàn NHK" cùng lúc trên cùng một phiên bản, với lý do "Ý kiến của cơ quan"
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và chuỗi lịch sử kiểm tra hợp lệ
