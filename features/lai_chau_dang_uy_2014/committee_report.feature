# language: vi
Tính năng: Báo cáo tổng hợp công tác thông tin đối ngoại của Đảng ủy (Lai Châu, 2014)
  Hướng dẫn 003_f2b003db15dbc5a2.txt, mục III.3: các chi, đảng bộ cơ sở "gửi báo cáo về Đảng ủy qua
  Ban Tuyên giáo Đảng ủy (trước ngày 15/12/2014) để tổng hợp báo cáo cấp trên".
  Nơi nhận: "Ban Tuyên giáo Tỉnh ủy, (b/c)".
  Ban Tuyên giáo tổng hợp các báo cáo đã tiếp nhận, Phó Bí thư Đảng ủy ký T/M Ban Thường vụ (hoặc
  yêu cầu bổ sung), Ban Tuyên giáo gửi Ban Tuyên giáo Tỉnh ủy. Chi, đảng bộ cơ sở chưa gửi báo cáo
  không giữ báo cáo của Đảng ủy lại (chúng hiện là quá hạn); Hướng dẫn không nêu hạn báo cáo cấp trên.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "lai_chau_dang_uy_2014"
    Và hôm nay là ngày 16/12/2014
    Và "cu.vp.du" lập "Báo cáo công tác thông tin đối ngoại của chi bộ, đảng bộ cơ sở" của đơn vị "DU_CB_VP" năm 2014, gọi là "BC Chi bộ Văn phòng"
    Và "cu.kt.du" lập "Báo cáo công tác thông tin đối ngoại của chi bộ, đảng bộ cơ sở" của đơn vị "DU_CB_KT" năm 2014, gọi là "BC Chi bộ Kỹ thuật"
    Và "cv.btg.du" lập "Báo cáo tổng hợp công tác thông tin đối ngoại của Đảng ủy" của đơn vị "DU_BTG" năm 2014, gọi là "BC Đảng ủy 2014", với "Kết quả, hạn chế và phương hướng" là "Tuyên truyền miệng qua sinh hoạt chi bộ là hình thức chủ yếu"

  @basis:003_f2b003db15dbc5a2.txt:III.3 @basis:003_f2b003db15dbc5a2.txt:III.3,_Nơi_nhận
  Kịch bản: Ban Tuyên giáo tổng hợp báo cáo các chi bộ, Phó Bí thư ký và báo cáo Ban Tuyên giáo Tỉnh ủy
    Cho văn bản "BC Chi bộ Văn phòng" đã qua các bước "Ký báo cáo (T/M chi bộ) → Gửi Đảng ủy qua Ban Tuyên giáo → Tiếp nhận báo cáo" vào ngày 10/12/2014
    Và văn bản "BC Chi bộ Kỹ thuật" đã qua các bước "Ký báo cáo (T/M chi bộ) → Gửi Đảng ủy qua Ban Tuyên giáo → Tiếp nhận báo cáo" vào ngày 12/12/2014
    Khi "cv.btg.du" thực hiện "Tổng hợp báo cáo các chi, đảng bộ cơ sở" văn bản "BC Đảng ủy 2014"
    Thì văn bản "BC Đảng ủy 2014" ở trạng thái "Đã tổng hợp báo cáo các chi, đảng bộ cơ sở"
    Và văn bản "BC Chi bộ Văn phòng" thuộc văn bản tổng hợp "BC Đảng ủy 2014"
    Và văn bản "BC Chi bộ Kỹ thuật" thuộc văn bản tổng hợp "BC Đảng ủy 2014"
    Khi "pbt.du" thực hiện "Ký báo cáo (T/M Ban Thường vụ)" văn bản "BC Đảng ủy 2014"
    Thì văn bản "BC Đảng ủy 2014" ở trạng thái "Đã ký (T/M Ban Thường vụ)"
    Khi "cv.btg.du" thực hiện "Gửi Ban Tuyên giáo Tỉnh ủy" văn bản "BC Đảng ủy 2014" với "Số, ký hiệu báo cáo gửi Ban Tuyên giáo Tỉnh ủy" là "52-BC/ĐU"
    Thì văn bản "BC Đảng ủy 2014" ở trạng thái "Đã báo cáo Ban Tuyên giáo Tỉnh ủy"
    Và "Số, ký hiệu báo cáo gửi Ban Tuyên giáo Tỉnh ủy" của văn bản "BC Đảng ủy 2014" là "52-BC/ĐU"
    Và "cv.btg.du" không được thực hiện thao tác nào trên văn bản "BC Đảng ủy 2014"
    Và lịch sử văn bản "BC Đảng ủy 2014" ghi "pbt.du" thực hiện "Ký báo cáo (T/M Ban Thường vụ)"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:003_f2b003db15dbc5a2.txt:III.3
  Kịch bản: Còn báo cáo chi bộ chờ Ban Tuyên giáo tiếp nhận thì chưa tổng hợp được
    Cho văn bản "BC Chi bộ Văn phòng" đã qua các bước "Ký báo cáo (T/M chi bộ) → Gửi Đảng ủy qua Ban Tuyên giáo → Tiếp nhận báo cáo" vào ngày 10/12/2014
    Và văn bản "BC Chi bộ Kỹ thuật" đã qua các bước "Ký báo cáo (T/M chi bộ) → Gửi Đảng ủy qua Ban Tuyên giáo" vào ngày 12/12/2014
    Khi "cv.btg.du" thực hiện "Tổng hợp báo cáo các chi, đảng bộ cơ sở" văn bản "BC Đảng ủy 2014"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "Chi bộ Phòng Kỹ thuật"
    Và văn bản "BC Đảng ủy 2014" không có thay đổi nào
    Và văn bản "BC Chi bộ Văn phòng" ở trạng thái "Ban Tuyên giáo đã tiếp nhận"
    Khi "cv.btg.du" thực hiện "Tiếp nhận báo cáo" văn bản "BC Chi bộ Kỹ thuật"
    Và "cv.btg.du" thực hiện "Tổng hợp báo cáo các chi, đảng bộ cơ sở" văn bản "BC Đảng ủy 2014"
    Thì văn bản "BC Chi bộ Kỹ thuật" thuộc văn bản tổng hợp "BC Đảng ủy 2014"
    Và văn bản "BC Chi bộ Văn phòng" ở trạng thái "Đã tổng hợp báo cáo cấp trên"

  @basis:003_f2b003db15dbc5a2.txt:III.3
  Kịch bản: Chi bộ chưa gửi báo cáo không giữ báo cáo của Đảng ủy lại mà hiện là quá hạn
    Cho văn bản "BC Chi bộ Văn phòng" đã qua các bước "Ký báo cáo (T/M chi bộ) → Gửi Đảng ủy qua Ban Tuyên giáo → Tiếp nhận báo cáo" vào ngày 10/12/2014
    Thì danh sách văn bản quá hạn vào ngày 16/12/2014 gồm "BC Chi bộ Kỹ thuật"
    Khi "cv.btg.du" thực hiện "Tổng hợp báo cáo các chi, đảng bộ cơ sở" văn bản "BC Đảng ủy 2014"
    Thì văn bản "BC Đảng ủy 2014" ở trạng thái "Đã tổng hợp báo cáo các chi, đảng bộ cơ sở"
    Và văn bản "BC Chi bộ Kỹ thuật" không thuộc văn bản tổng hợp nào
    Và văn bản "BC Chi bộ Kỹ thuật" quá hạn vào ngày 16/12/2014
    Và văn bản "BC Đảng ủy 2014" không có hạn xử lý

  @basis:003_f2b003db15dbc5a2.txt:III.3
  Kịch bản: Chưa có báo cáo nào được Ban Tuyên giáo tiếp nhận thì chưa tổng hợp được
    Khi "cv.btg.du" thực hiện "Tổng hợp báo cáo các chi, đảng bộ cơ sở" văn bản "BC Đảng ủy 2014"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "chưa có văn bản"
    Và văn bản "BC Đảng ủy 2014" ở trạng thái "Dự thảo"

  @basis:003_f2b003db15dbc5a2.txt:III.3
  Kịch bản: Phó Bí thư yêu cầu bổ sung phải nêu lý do; Ban Tuyên giáo tổng hợp lại cả báo cáo gửi muộn
    Cho văn bản "BC Chi bộ Văn phòng" đã qua các bước "Ký báo cáo (T/M chi bộ) → Gửi Đảng ủy qua Ban Tuyên giáo → Tiếp nhận báo cáo" vào ngày 10/12/2014
    Và văn bản "BC Đảng ủy 2014" đã qua các bước "Tổng hợp báo cáo các chi, đảng bộ cơ sở"
    Khi "pbt.du" thực hiện "Yêu cầu bổ sung" văn bản "BC Đảng ủy 2014"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "pbt.du" thực hiện "Yêu cầu bổ sung" văn bản "BC Đảng ủy 2014" với lý do "Đôn đốc Chi bộ Phòng Kỹ thuật gửi báo cáo rồi tổng hợp lại"
    Thì văn bản "BC Đảng ủy 2014" ở trạng thái "Thường trực Đảng ủy yêu cầu bổ sung"
    Và "cv.btg.du" chỉ được thấy các thao tác "Tổng hợp báo cáo các chi, đảng bộ cơ sở" trên văn bản "BC Đảng ủy 2014"
    Cho văn bản "BC Chi bộ Kỹ thuật" đã qua các bước "Ký báo cáo (T/M chi bộ) → Gửi Đảng ủy qua Ban Tuyên giáo → Tiếp nhận báo cáo"
    Khi "cv.btg.du" thực hiện "Tổng hợp báo cáo các chi, đảng bộ cơ sở" văn bản "BC Đảng ủy 2014"
    Và "pbt.du" thực hiện "Ký báo cáo (T/M Ban Thường vụ)" văn bản "BC Đảng ủy 2014"
    Thì văn bản "BC Đảng ủy 2014" ở trạng thái "Đã ký (T/M Ban Thường vụ)"
    Và văn bản "BC Chi bộ Kỹ thuật" thuộc văn bản tổng hợp "BC Đảng ủy 2014"
    Và văn bản "BC Chi bộ Văn phòng" thuộc văn bản tổng hợp "BC Đảng ủy 2014"
    Và lịch sử văn bản "BC Đảng ủy 2014" ghi "pbt.du" thực hiện "Yêu cầu bổ sung" với lý do "Đôn đốc Chi bộ Phòng Kỹ thuật gửi báo cáo rồi tổng hợp lại"

  @basis:003_f2b003db15dbc5a2.txt:III.3
  Kịch bản: Người tổng hợp báo cáo không tự ký T/M Ban Thường vụ
    Cho "pbt.du" có vai trò "propaganda_officer" tại đơn vị "DU_BTG"
    Và văn bản "BC Chi bộ Văn phòng" đã qua các bước "Ký báo cáo (T/M chi bộ) → Gửi Đảng ủy qua Ban Tuyên giáo → Tiếp nhận báo cáo" vào ngày 10/12/2014
    Và "pbt.du" đã thực hiện "Tổng hợp báo cáo các chi, đảng bộ cơ sở" văn bản "BC Đảng ủy 2014"
    Thì "pbt.du" thấy thao tác "Ký báo cáo (T/M Ban Thường vụ)" văn bản "BC Đảng ủy 2014" bị chặn vì lý do có "«Tổng hợp báo cáo các chi, đảng bộ cơ sở»"
    Khi "pbt.du" thực hiện "Ký báo cáo (T/M Ban Thường vụ)" văn bản "BC Đảng ủy 2014"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và văn bản "BC Đảng ủy 2014" vẫn ở trạng thái "Đã tổng hợp báo cáo các chi, đảng bộ cơ sở"

  @basis:003_f2b003db15dbc5a2.txt:III.3 @basis:003_f2b003db15dbc5a2.txt:III.3,_Nơi_nhận
  Kịch bản: Chỉ Phó Bí thư Đảng ủy ký; chỉ Ban Tuyên giáo tổng hợp và gửi Ban Tuyên giáo Tỉnh ủy
    Cho "pbt.vp.du" có vai trò "committee_deputy" tại đơn vị "DU_CB_VP"
    Và văn bản "BC Chi bộ Văn phòng" đã qua các bước "Ký báo cáo (T/M chi bộ) → Gửi Đảng ủy qua Ban Tuyên giáo → Tiếp nhận báo cáo" vào ngày 10/12/2014
    Khi "bt.vp.du" thực hiện "Tổng hợp báo cáo các chi, đảng bộ cơ sở" văn bản "BC Đảng ủy 2014"
    Thì thao tác bị từ chối vì sai vai trò
    Cho "cv.btg.du" đã thực hiện "Tổng hợp báo cáo các chi, đảng bộ cơ sở" văn bản "BC Đảng ủy 2014"
    Khi "cv.btg.du" thực hiện "Ký báo cáo (T/M Ban Thường vụ)" văn bản "BC Đảng ủy 2014"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "pbt.vp.du" thực hiện "Ký báo cáo (T/M Ban Thường vụ)" văn bản "BC Đảng ủy 2014"
    Thì thao tác bị từ chối vì sai đơn vị
    Cho "pbt.du" đã thực hiện "Ký báo cáo (T/M Ban Thường vụ)" văn bản "BC Đảng ủy 2014"
    Khi "pbt.du" thực hiện "Gửi Ban Tuyên giáo Tỉnh ủy" văn bản "BC Đảng ủy 2014" với "Số, ký hiệu báo cáo gửi Ban Tuyên giáo Tỉnh ủy" là "52-BC/ĐU"
    Thì thao tác bị từ chối vì sai vai trò
    Và văn bản "BC Đảng ủy 2014" ở trạng thái "Đã ký (T/M Ban Thường vụ)"

  @basis:003_f2b003db15dbc5a2.txt:III.3
  Kịch bản: Hai cán bộ Ban Tuyên giáo cùng lúc tiếp nhận và trả lại một báo cáo chi bộ: chỉ một thao tác được ghi nhận
    Cho "cv2.btg.du" có vai trò "propaganda_officer" tại đơn vị "DU_BTG"
    Và văn bản "BC Chi bộ Văn phòng" đã qua các bước "Ký báo cáo (T/M chi bộ) → Gửi Đảng ủy qua Ban Tuyên giáo" vào ngày 10/12/2014
    Khi "cv.btg.du" thực hiện "Tiếp nhận báo cáo" và "cv2.btg.du" thực hiện "Trả lại, yêu cầu bổ sung" văn bản "BC Chi bộ Văn phòng" cùng lúc trên cùng một phiên bản, với lý do "Ý kiến của Ban Tuyên giáo"
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và chuỗi lịch sử kiểm tra hợp lệ
