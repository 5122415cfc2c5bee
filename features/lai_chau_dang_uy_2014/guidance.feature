# language: vi
Tính năng: Hướng dẫn công tác thông tin đối ngoại năm của Đảng ủy (Lai Châu, 2014)
  Hướng dẫn 003_f2b003db15dbc5a2.txt, mục III.1: "Ban Tuyên giáo Đảng uỷ tham mưu cho cấp uỷ hướng
  dẫn các chi, đảng bộ cơ sở tuyên truyền theo nội dung trên phù hợp với tình hình thực tế của cơ
  quan, đơn vị".
  Phần ký: "T/M BAN THƯỜNG VỤ – PHÓ Bí THƯ". Hướng dẫn do Ban Tuyên giáo soạn thảo, trình Ban
  Thường vụ; Phó Bí thư Đảng ủy (vai trò ở Đảng ủy, đơn vị cấp trên của Ban Tuyên giáo) ký ban hành.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "lai_chau_dang_uy_2014"
    Và hôm nay là ngày 25/03/2014
    Và "cv.btg.du" lập "Hướng dẫn công tác thông tin đối ngoại năm của Đảng ủy" của đơn vị "DU_BTG" năm 2014, gọi là "HD 2014", với nội dung:
      | Văn bản cấp trên được triển khai              | Hướng dẫn số 135-HD/BTGTW ngày 21/3/2014                                   |
      | Nhiệm vụ, nội dung, hình thức tuyên truyền    | Tuyên truyền miệng qua báo cáo viên, sinh hoạt chi bộ, họp cơ quan (II.3) |
      | Hạn các chi, đảng bộ cơ sở gửi báo cáo        | 14/12/2014                                                                 |

  @basis:003_f2b003db15dbc5a2.txt:III.1 @basis:003_f2b003db15dbc5a2.txt:III.1,_phần_ký
  Kịch bản: Ban Tuyên giáo trình Ban Thường vụ, Phó Bí thư ký ban hành Hướng dẫn T/M Ban Thường vụ
    Thì văn bản "HD 2014" ở trạng thái "Dự thảo"
    Khi "cv.btg.du" thực hiện "Trình Ban Thường vụ Đảng ủy" văn bản "HD 2014"
    Thì văn bản "HD 2014" ở trạng thái "Đã trình Ban Thường vụ Đảng ủy"
    Khi "pbt.du" thực hiện "Ký ban hành (T/M Ban Thường vụ)" văn bản "HD 2014" với nội dung:
      | Số, ký hiệu Hướng dẫn | 08-HD/ĐU   |
      | Ngày ban hành         | 02/04/2014 |
    Thì văn bản "HD 2014" ở trạng thái "Đã ban hành (T/M Ban Thường vụ)"
    Và "Ngày ban hành" của văn bản "HD 2014" là "02/04/2014"
    Và "Hạn các chi, đảng bộ cơ sở gửi báo cáo" của văn bản "HD 2014" là "14/12/2014"
    Và "pbt.du" không được thực hiện thao tác nào trên văn bản "HD 2014"
    Và lịch sử văn bản "HD 2014" ghi "pbt.du" thực hiện "Ký ban hành (T/M Ban Thường vụ)"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:003_f2b003db15dbc5a2.txt:III.1
  Kịch bản: Ban Thường vụ yêu cầu chỉnh sửa phải nêu lý do; Ban Tuyên giáo bổ sung và trình lại
    Cho văn bản "HD 2014" đã qua các bước "Trình Ban Thường vụ Đảng ủy"
    Khi "pbt.du" thực hiện "Yêu cầu chỉnh sửa" văn bản "HD 2014"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "pbt.du" thực hiện "Yêu cầu chỉnh sửa" văn bản "HD 2014" với lý do "Bổ sung nội dung tuyên truyền về chủ quyền biên giới và vai trò của báo cáo viên (III.2)"
    Thì văn bản "HD 2014" ở trạng thái "Ban Thường vụ yêu cầu chỉnh sửa"
    Khi "cv.btg.du" sửa văn bản "HD 2014", với "Nhiệm vụ, nội dung, hình thức tuyên truyền" là "Tuyên truyền về chủ quyền biên giới, lãnh thổ; đội ngũ báo cáo viên đẩy mạnh tuyên truyền miệng"
    Và "cv.btg.du" thực hiện "Trình Ban Thường vụ Đảng ủy" văn bản "HD 2014"
    Và "pbt.du" thực hiện "Ký ban hành (T/M Ban Thường vụ)" văn bản "HD 2014" với nội dung:
      | Số, ký hiệu Hướng dẫn | 08-HD/ĐU   |
      | Ngày ban hành         | 02/04/2014 |
    Thì văn bản "HD 2014" ở trạng thái "Đã ban hành (T/M Ban Thường vụ)"
    Và lịch sử văn bản "HD 2014" ghi "pbt.du" thực hiện "Yêu cầu chỉnh sửa" với lý do "Bổ sung nội dung tuyên truyền về chủ quyền biên giới và vai trò của báo cáo viên (III.2)"

  @basis:003_f2b003db15dbc5a2.txt:III.1
  Kịch bản: Hướng dẫn thiếu hạn gửi báo cáo thì chưa trình Ban Thường vụ được
    Cho "cv.btg.du" lập "Hướng dẫn công tác thông tin đối ngoại năm của Đảng ủy" của đơn vị "DU_BTG" năm 2015, gọi là "HD 2015", chưa điền nội dung, với "Nhiệm vụ, nội dung, hình thức tuyên truyền" là "Tuyên truyền kỷ niệm 70 năm Quốc khánh"
    Khi "cv.btg.du" thực hiện "Trình Ban Thường vụ Đảng ủy" văn bản "HD 2015"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "Hạn các chi, đảng bộ cơ sở gửi báo cáo"
    Và văn bản "HD 2015" ở trạng thái "Dự thảo"

  @basis:003_f2b003db15dbc5a2.txt:III.1,_phần_ký
  Kịch bản: Chỉ Phó Bí thư Đảng ủy ký T/M Ban Thường vụ; Bí thư chi bộ hay cán bộ Ban Tuyên giáo không ký thay
    Cho "pbt.vp.du" có vai trò "committee_deputy" tại đơn vị "DU_CB_VP"
    Và văn bản "HD 2014" đã qua các bước "Trình Ban Thường vụ Đảng ủy"
    Khi "cv.btg.du" thực hiện "Ký ban hành (T/M Ban Thường vụ)" văn bản "HD 2014" với nội dung:
      | Số, ký hiệu Hướng dẫn | 08-HD/ĐU   |
      | Ngày ban hành         | 02/04/2014 |
    Thì thao tác bị từ chối vì sai vai trò
    Khi "bt.vp.du" thực hiện "Yêu cầu chỉnh sửa" văn bản "HD 2014" với lý do "Chi bộ đề nghị sửa"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "pbt.vp.du" thực hiện "Ký ban hành (T/M Ban Thường vụ)" văn bản "HD 2014" với nội dung:
      | Số, ký hiệu Hướng dẫn | 08-HD/ĐU   |
      | Ngày ban hành         | 02/04/2014 |
    Thì thao tác bị từ chối vì sai đơn vị
    Và văn bản "HD 2014" không có thay đổi nào
    Và "pbt.du" chỉ được thấy các thao tác "Ký ban hành (T/M Ban Thường vụ), Yêu cầu chỉnh sửa" trên văn bản "HD 2014"

  @basis:003_f2b003db15dbc5a2.txt:III.1
  Kịch bản: Chỉ Ban Tuyên giáo soạn thảo và trình Hướng dẫn
    Khi "cu.vp.du" lập "Hướng dẫn công tác thông tin đối ngoại năm của Đảng ủy" của đơn vị "DU_BTG" năm 2014, gọi là "HD do chi bộ soạn"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "pbt.du" thực hiện "Trình Ban Thường vụ Đảng ủy" văn bản "HD 2014"
    Thì thao tác bị từ chối vì sai vai trò
    Và văn bản "HD 2014" ở trạng thái "Dự thảo"

  @basis:003_f2b003db15dbc5a2.txt:III.1,_phần_ký
  Kịch bản: Người đã trình Hướng dẫn không tự ký ban hành
    Cho "pbt.du" có vai trò "propaganda_officer" tại đơn vị "DU_BTG"
    Và "pbt.du" đã thực hiện "Trình Ban Thường vụ Đảng ủy" văn bản "HD 2014"
    Thì "pbt.du" thấy thao tác "Ký ban hành (T/M Ban Thường vụ)" văn bản "HD 2014" bị chặn vì lý do có "«Trình Ban Thường vụ Đảng ủy»"
    Khi "pbt.du" thực hiện "Ký ban hành (T/M Ban Thường vụ)" văn bản "HD 2014" với nội dung:
      | Số, ký hiệu Hướng dẫn | 08-HD/ĐU   |
      | Ngày ban hành         | 02/04/2014 |
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và văn bản "HD 2014" vẫn ở trạng thái "Đã trình Ban Thường vụ Đảng ủy"

  @basis:003_f2b003db15dbc5a2.txt:III.1
  Kịch bản: Hai cán bộ Ban Tuyên giáo cùng lúc trình Hướng dẫn: chỉ một lần trình được ghi nhận
    Cho "cv2.btg.du" có vai trò "propaganda_officer" tại đơn vị "DU_BTG"
    Khi "cv.btg.du" và "cv2.btg.du" cùng lúc thực hiện "Trình Ban Thường vụ Đảng ủy" văn bản "HD 2014" trên cùng một phiên bản
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và văn bản "HD 2014" ở trạng thái "Đã trình Ban Thường vụ Đảng ủy"
    Và chuỗi lịch sử kiểm tra hợp lệ
