# language: vi
Tính năng: Báo cáo công tác thông tin đối ngoại của chi bộ, đảng bộ cơ sở (Lai Châu, 2014)
  Hướng dẫn 003_f2b003db15dbc5a2.txt, mục III.3: "Các chi, đảng bộ cơ sở triển khai tuyên truyền và
  gửi báo cáo về Đảng ủy qua Ban Tuyên giáo Đảng ủy (trước ngày 15/12/2014) để tổng hợp báo cáo cấp
  trên".
  Báo cáo do chi ủy viên được phân công soạn, Bí thư chi bộ ký; chỉ Ban Tuyên giáo Đảng ủy (cơ quan
  đầu mối) tiếp nhận hoặc trả lại. "Trước ngày 15/12" được hiểu là báo cáo phải rời chi bộ chậm
  nhất ngày 14/12: hạn 14/12 đặt trên các trạng thái dự thảo, đã ký và bị trả lại.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "lai_chau_dang_uy_2014"
    Và hôm nay là ngày 01/12/2014
    Và "cu.vp.du" lập "Báo cáo công tác thông tin đối ngoại của chi bộ, đảng bộ cơ sở" của đơn vị "DU_CB_VP" năm 2014, gọi là "BC Chi bộ Văn phòng", với nội dung:
      | Kết quả triển khai tuyên truyền (nội dung theo mục II.2)              | Tuyên truyền về chủ quyền biên giới, tiềm năng du lịch Lai Châu |
      | Số buổi tuyên truyền                                                   | 12                                                              |
      | Số lượt cán bộ, đảng viên, người lao động được tuyên truyền            | 240                                                             |

  @basis:003_f2b003db15dbc5a2.txt:III.3
  Kịch bản: Chi bộ gửi báo cáo về Đảng ủy qua Ban Tuyên giáo trước ngày 15/12 và được tổng hợp báo cáo cấp trên
    Thì hạn xử lý của văn bản "BC Chi bộ Văn phòng" là ngày 14/12/2014
    Khi "bt.vp.du" thực hiện "Ký báo cáo (T/M chi bộ)" văn bản "BC Chi bộ Văn phòng" vào ngày 12/12/2014
    Và "cu.vp.du" thực hiện "Gửi Đảng ủy qua Ban Tuyên giáo" văn bản "BC Chi bộ Văn phòng" vào ngày 14/12/2014
    Thì văn bản "BC Chi bộ Văn phòng" ở trạng thái "Đã gửi Đảng ủy qua Ban Tuyên giáo"
    Và văn bản "BC Chi bộ Văn phòng" không có hạn xử lý
    Và văn bản "BC Chi bộ Văn phòng" không quá hạn vào ngày 15/12/2014
    Và "pbt.du" không được thực hiện thao tác nào trên văn bản "BC Chi bộ Văn phòng"
    Và "cv.btg.du" chỉ được thấy các thao tác "Tiếp nhận báo cáo, Trả lại, yêu cầu bổ sung" trên văn bản "BC Chi bộ Văn phòng"
    Khi "cv.btg.du" thực hiện "Tiếp nhận báo cáo" văn bản "BC Chi bộ Văn phòng" vào ngày 15/12/2014
    Thì văn bản "BC Chi bộ Văn phòng" ở trạng thái "Ban Tuyên giáo đã tiếp nhận"
    Khi "cv.btg.du" lập "Báo cáo tổng hợp công tác thông tin đối ngoại của Đảng ủy" của đơn vị "DU_BTG" năm 2014, gọi là "BC Đảng ủy 2014"
    Và "cv.btg.du" thực hiện "Tổng hợp báo cáo các chi, đảng bộ cơ sở" văn bản "BC Đảng ủy 2014" vào ngày 16/12/2014
    Thì văn bản "BC Chi bộ Văn phòng" ở trạng thái "Đã tổng hợp báo cáo cấp trên"
    Và văn bản "BC Chi bộ Văn phòng" thuộc văn bản tổng hợp "BC Đảng ủy 2014"
    Và "Số buổi tuyên truyền" của văn bản "BC Chi bộ Văn phòng" là "12"
    Và lịch sử văn bản "BC Chi bộ Văn phòng" ghi "cu.vp.du" thực hiện "Gửi Đảng ủy qua Ban Tuyên giáo"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:003_f2b003db15dbc5a2.txt:III.3
  Kịch bản: Báo cáo về Đảng ủy phải qua Ban Tuyên giáo: Phó Bí thư Đảng ủy hay cơ quan khác của Đảng ủy không tiếp nhận thay
    Cho "cv.vpdu.du" có vai trò "propaganda_officer" tại đơn vị "DU_VP"
    Và văn bản "BC Chi bộ Văn phòng" đã qua các bước "Ký báo cáo (T/M chi bộ) → Gửi Đảng ủy qua Ban Tuyên giáo"
    Khi "pbt.du" thực hiện "Tiếp nhận báo cáo" văn bản "BC Chi bộ Văn phòng"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "cv.vpdu.du" thực hiện "Tiếp nhận báo cáo" văn bản "BC Chi bộ Văn phòng"
    Thì thao tác bị từ chối vì sai đơn vị
    Và lý do từ chối có "cơ quan đầu mối"
    Khi "cv.btg.du" thực hiện "Tiếp nhận báo cáo" văn bản "BC Chi bộ Văn phòng"
    Thì văn bản "BC Chi bộ Văn phòng" ở trạng thái "Ban Tuyên giáo đã tiếp nhận"

  @basis:003_f2b003db15dbc5a2.txt:III.3
  Kịch bản: Báo cáo chưa rời chi bộ đến hết ngày 14/12 thì quá hạn từ ngày 15/12
    Cho "cu.xn1.du" lập "Báo cáo công tác thông tin đối ngoại của chi bộ, đảng bộ cơ sở" của đơn vị "DU_DBCS_XN1" năm 2014, gọi là "BC Xí nghiệp số 1"
    Và "cu.kt.du" lập "Báo cáo công tác thông tin đối ngoại của chi bộ, đảng bộ cơ sở" của đơn vị "DU_CB_KT" năm 2014, gọi là "BC Chi bộ Kỹ thuật"
    Và văn bản "BC Chi bộ Kỹ thuật" đã qua các bước "Ký báo cáo (T/M chi bộ)" vào ngày 10/12/2014
    Khi "bt.vp.du" thực hiện "Ký báo cáo (T/M chi bộ)" văn bản "BC Chi bộ Văn phòng" vào ngày 12/12/2014
    Và "cu.vp.du" thực hiện "Gửi Đảng ủy qua Ban Tuyên giáo" văn bản "BC Chi bộ Văn phòng" vào ngày 13/12/2014
    Thì không có văn bản nào quá hạn vào ngày 14/12/2014
    Và hạn xử lý của văn bản "BC Chi bộ Kỹ thuật" là ngày 14/12/2014
    Và danh sách văn bản quá hạn vào ngày 15/12/2014 gồm "BC Xí nghiệp số 1, BC Chi bộ Kỹ thuật"
    Khi "cu.kt.du" thực hiện "Gửi Đảng ủy qua Ban Tuyên giáo" văn bản "BC Chi bộ Kỹ thuật" vào ngày 16/12/2014
    Thì văn bản "BC Chi bộ Kỹ thuật" ở trạng thái "Đã gửi Đảng ủy qua Ban Tuyên giáo"
    Và văn bản "BC Chi bộ Kỹ thuật" không có hạn xử lý
    Và danh sách văn bản quá hạn vào ngày 16/12/2014 gồm "BC Xí nghiệp số 1"

  @basis:003_f2b003db15dbc5a2.txt:III.3
  Kịch bản: Ban Tuyên giáo trả lại phải ghi lý do; báo cáo bị trả lại lại mang hạn 14/12 và chi bộ gửi lại
    Cho văn bản "BC Chi bộ Văn phòng" đã qua các bước "Ký báo cáo (T/M chi bộ) → Gửi Đảng ủy qua Ban Tuyên giáo" vào ngày 05/12/2014
    Khi "cv.btg.du" thực hiện "Trả lại, yêu cầu bổ sung" văn bản "BC Chi bộ Văn phòng" vào ngày 08/12/2014
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cv.btg.du" thực hiện "Trả lại, yêu cầu bổ sung" văn bản "BC Chi bộ Văn phòng" với lý do "Bổ sung hình thức tuyên truyền và số lượt đảng viên tham gia (mục II.3)" vào ngày 08/12/2014
    Thì văn bản "BC Chi bộ Văn phòng" ở trạng thái "Ban Tuyên giáo trả lại"
    Và hạn xử lý của văn bản "BC Chi bộ Văn phòng" là ngày 14/12/2014
    Và văn bản "BC Chi bộ Văn phòng" quá hạn vào ngày 15/12/2014
    Khi "cu.vp.du" sửa văn bản "BC Chi bộ Văn phòng", với "Hình thức: tuyên truyền miệng, sinh hoạt chi bộ, họp cơ quan (mục II.3)" là "Lồng ghép trong 10 kỳ sinh hoạt chi bộ; 2 buổi nói chuyện của báo cáo viên"
    Và "bt.vp.du" thực hiện "Ký báo cáo (T/M chi bộ)" văn bản "BC Chi bộ Văn phòng" vào ngày 10/12/2014
    Và "cu.vp.du" thực hiện "Gửi Đảng ủy qua Ban Tuyên giáo" văn bản "BC Chi bộ Văn phòng" vào ngày 11/12/2014
    Và "cv.btg.du" thực hiện "Tiếp nhận báo cáo" văn bản "BC Chi bộ Văn phòng" với lý do "Đã bổ sung đầy đủ" vào ngày 12/12/2014
    Thì văn bản "BC Chi bộ Văn phòng" ở trạng thái "Ban Tuyên giáo đã tiếp nhận"
    Và văn bản "BC Chi bộ Văn phòng" không quá hạn vào ngày 15/12/2014
    Và lịch sử văn bản "BC Chi bộ Văn phòng" ghi "cv.btg.du" thực hiện "Trả lại, yêu cầu bổ sung" với lý do "Bổ sung hình thức tuyên truyền và số lượt đảng viên tham gia (mục II.3)"

  @basis:003_f2b003db15dbc5a2.txt:III.3
  Kịch bản: Ban Tuyên giáo mở lại báo cáo đã tiếp nhận trước khi tổng hợp; Đảng ủy tổng hợp không có báo cáo đó
    Cho "cu.kt.du" lập "Báo cáo công tác thông tin đối ngoại của chi bộ, đảng bộ cơ sở" của đơn vị "DU_CB_KT" năm 2014, gọi là "BC Chi bộ Kỹ thuật"
    Và văn bản "BC Chi bộ Văn phòng" đã qua các bước "Ký báo cáo (T/M chi bộ) → Gửi Đảng ủy qua Ban Tuyên giáo → Tiếp nhận báo cáo"
    Và văn bản "BC Chi bộ Kỹ thuật" đã qua các bước "Ký báo cáo (T/M chi bộ) → Gửi Đảng ủy qua Ban Tuyên giáo → Tiếp nhận báo cáo"
    Và "cv.btg.du" lập "Báo cáo tổng hợp công tác thông tin đối ngoại của Đảng ủy" của đơn vị "DU_BTG" năm 2014, gọi là "BC Đảng ủy 2014"
    Khi "cv.btg.du" thực hiện "Trả lại, yêu cầu bổ sung" văn bản "BC Chi bộ Kỹ thuật" với lý do "Số liệu chưa khớp sổ sinh hoạt chi bộ" vào ngày 10/12/2014
    Thì văn bản "BC Chi bộ Kỹ thuật" ở trạng thái "Ban Tuyên giáo trả lại"
    Khi "cv.btg.du" thực hiện "Tổng hợp báo cáo các chi, đảng bộ cơ sở" văn bản "BC Đảng ủy 2014" vào ngày 10/12/2014
    Thì văn bản "BC Chi bộ Văn phòng" thuộc văn bản tổng hợp "BC Đảng ủy 2014"
    Và văn bản "BC Chi bộ Kỹ thuật" không thuộc văn bản tổng hợp nào
    Khi "cv.btg.du" thực hiện "Trả lại, yêu cầu bổ sung" văn bản "BC Chi bộ Văn phòng" với lý do "Mở lại sau khi đã tổng hợp"
    Thì thao tác bị từ chối vì không thực hiện được ở trạng thái hiện tại
    Và văn bản "BC Chi bộ Văn phòng" ở trạng thái "Đã tổng hợp báo cáo cấp trên"

  @basis:003_f2b003db15dbc5a2.txt:III.3
  Kịch bản: Chi ủy viên không ký thay Bí thư; chi bộ khác không ký, không gửi, không lập hộ
    Khi "cu.vp.du" thực hiện "Ký báo cáo (T/M chi bộ)" văn bản "BC Chi bộ Văn phòng"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "bt.kt.du" thực hiện "Ký báo cáo (T/M chi bộ)" văn bản "BC Chi bộ Văn phòng"
    Thì thao tác bị từ chối vì sai đơn vị
    Khi "cu.dv.du" lập "Báo cáo công tác thông tin đối ngoại của chi bộ, đảng bộ cơ sở" của đơn vị "DU_CB_VP" năm 2014, gọi là "BC lập hộ"
    Thì thao tác bị từ chối vì sai đơn vị
    Cho "bt.vp.du" đã thực hiện "Ký báo cáo (T/M chi bộ)" văn bản "BC Chi bộ Văn phòng"
    Khi "cu.kt.du" thực hiện "Gửi Đảng ủy qua Ban Tuyên giáo" văn bản "BC Chi bộ Văn phòng"
    Thì thao tác bị từ chối vì sai đơn vị
    Và văn bản "BC Chi bộ Văn phòng" ở trạng thái "Bí thư đã ký"

  @basis:003_f2b003db15dbc5a2.txt:III.3
  Kịch bản: Phó Bí thư chi bộ ký thay Bí thư trong thời hạn ủy quyền, không ký được khi ủy quyền đã hết
    Cho "bt.vp.du" ủy quyền vai trò "Bí thư chi bộ, đảng bộ cơ sở" tại đơn vị "DU_CB_VP" cho "pbt.vp.du" từ ngày 01/12/2014 đến ngày 10/12/2014
    Khi "pbt.vp.du" thực hiện "Ký báo cáo (T/M chi bộ)" văn bản "BC Chi bộ Văn phòng" vào ngày 05/12/2014
    Thì văn bản "BC Chi bộ Văn phòng" ở trạng thái "Bí thư đã ký"
    Và lịch sử văn bản "BC Chi bộ Văn phòng" ghi "pbt.vp.du" thực hiện "Ký báo cáo (T/M chi bộ)" thay mặt "bt.vp.du"
    Khi "bt.vp.du" thực hiện "Thu hồi để chỉnh sửa" văn bản "BC Chi bộ Văn phòng" vào ngày 11/12/2014
    Và "pbt.vp.du" thực hiện "Ký báo cáo (T/M chi bộ)" văn bản "BC Chi bộ Văn phòng" vào ngày 11/12/2014
    Thì thao tác bị từ chối vì ủy quyền đã hết hạn
    Và lý do từ chối có "10/12/2014"
    Và văn bản "BC Chi bộ Văn phòng" ở trạng thái "Dự thảo"

  @basis:003_f2b003db15dbc5a2.txt:III.3
  Kịch bản: Chi ủy viên gửi báo cáo và Bí thư thu hồi cùng lúc: chỉ một thao tác được ghi nhận
    Cho văn bản "BC Chi bộ Văn phòng" đã qua các bước "Ký báo cáo (T/M chi bộ)"
    Khi "cu.vp.du" thực hiện "Gửi Đảng ủy qua Ban Tuyên giáo" và "bt.vp.du" thực hiện "Thu hồi để chỉnh sửa" văn bản "BC Chi bộ Văn phòng" cùng lúc trên cùng một phiên bản
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và chuỗi lịch sử kiểm tra hợp lệ
