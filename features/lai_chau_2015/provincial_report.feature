# language: vi
Tính năng: Báo cáo kết quả thực hiện Chỉ thị về công tác thông tin đối ngoại của tỉnh (Lai Châu 2015)
  Chỉ thị 000_3e448a72fac77645.txt, đoạn kết: "Sở Thông tin và Truyền thông là cơ quan đầu mối
  giúp Ủy ban nhân dân tỉnh kiểm tra, đôn đốc việc thực hiện Chỉ thị này, hàng năm báo cáo kết quả
  thực hiện về UBND tỉnh để theo dõi, chỉ đạo".
  Điểm 10: các huyện, thành phố "Định kỳ sơ kết, tổng kết ... báo cáo UBND tỉnh qua Sở Thông tin
  và Truyền thông". Báo cáo sơ kết của tỉnh chỉ tổng hợp báo cáo sơ kết, báo cáo tổng kết chỉ tổng
  hợp báo cáo tổng kết. Chỉ thị không yêu cầu báo cáo Bộ và không nêu hạn.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "lai_chau_2015"
    Và hôm nay là ngày 15/12/2015
    Và "cv.tp.lc15" lập "Báo cáo sơ kết, tổng kết công tác thông tin đối ngoại của đơn vị" của đơn vị "LC15_TP_LAICHAU" năm 2015, gọi là "BC năm thành phố", với "Kỳ báo cáo" là "Tổng kết năm"
    Và "cv.muongte.lc15" lập "Báo cáo sơ kết, tổng kết công tác thông tin đối ngoại của đơn vị" của đơn vị "LC15_H_MUONGTE" năm 2015, gọi là "BC năm Mường Tè", với "Kỳ báo cáo" là "Tổng kết năm"
    Và "cv.stttt.lc15" lập "Báo cáo kết quả thực hiện Chỉ thị về công tác thông tin đối ngoại của tỉnh" của đơn vị "LC15_STTTT" năm 2015, gọi là "BC tổng kết 2015", với "Kỳ báo cáo" là "Tổng kết năm"

  @basis:000_3e448a72fac77645.txt:10,_đoạn_kết @basis:000_3e448a72fac77645.txt:10 @basis:000_3e448a72fac77645.txt:đoạn_kết
  Kịch bản: Sở tổng hợp báo cáo tổng kết của các huyện, Giám đốc ký, báo cáo UBND tỉnh để theo dõi, chỉ đạo
    Cho văn bản "BC năm thành phố" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và văn bản "BC năm Mường Tè" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Khi "cv.stttt.lc15" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC tổng kết 2015"
    Thì văn bản "BC tổng kết 2015" ở trạng thái "Đã tổng hợp"
    Và văn bản "BC năm thành phố" thuộc văn bản tổng hợp "BC tổng kết 2015"
    Và văn bản "BC năm Mường Tè" thuộc văn bản tổng hợp "BC tổng kết 2015"
    Khi "ld.stttt.lc15" thực hiện "Ký báo cáo" văn bản "BC tổng kết 2015"
    Và "cv.stttt.lc15" thực hiện "Báo cáo UBND tỉnh" văn bản "BC tổng kết 2015"
    Thì văn bản "BC tổng kết 2015" ở trạng thái "Đã báo cáo UBND tỉnh"
    Khi "pct.ubnd.lc15" thực hiện "Tiếp nhận để theo dõi, chỉ đạo" văn bản "BC tổng kết 2015" với lý do "Giao Sở tiếp tục đôn đốc các huyện biên giới"
    Thì văn bản "BC tổng kết 2015" ở trạng thái "UBND tỉnh đã tiếp nhận để theo dõi, chỉ đạo"
    Và "pct.ubnd.lc15" không được thực hiện thao tác nào trên văn bản "BC tổng kết 2015"
    Và lịch sử văn bản "BC tổng kết 2015" ghi "pct.ubnd.lc15" thực hiện "Tiếp nhận để theo dõi, chỉ đạo" với lý do "Giao Sở tiếp tục đôn đốc các huyện biên giới"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:000_3e448a72fac77645.txt:10
  Kịch bản: Còn báo cáo của huyện đang chờ Sở tiếp nhận thì chưa tổng hợp được
    Cho văn bản "BC năm thành phố" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và văn bản "BC năm Mường Tè" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông"
    Khi "cv.stttt.lc15" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC tổng kết 2015"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "huyện Mường Tè"
    Và văn bản "BC tổng kết 2015" không có thay đổi nào
    Và văn bản "BC năm thành phố" ở trạng thái "Đã tiếp nhận"
    Khi "cv.stttt.lc15" thực hiện "Tiếp nhận báo cáo" văn bản "BC năm Mường Tè"
    Và "cv.stttt.lc15" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC tổng kết 2015"
    Thì văn bản "BC năm Mường Tè" thuộc văn bản tổng hợp "BC tổng kết 2015"
    Và văn bản "BC năm thành phố" ở trạng thái "Đã tổng hợp báo cáo UBND tỉnh"

  @basis:000_3e448a72fac77645.txt:10
  Kịch bản: Chưa có báo cáo nào được tiếp nhận thì chưa tổng hợp được
    Khi "cv.stttt.lc15" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC tổng kết 2015"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "chưa có văn bản"
    Và văn bản "BC tổng kết 2015" ở trạng thái "Dự thảo"

  @basis:000_3e448a72fac77645.txt:10
  Kịch bản: Báo cáo sơ kết 6 tháng chỉ tổng hợp báo cáo sơ kết, không bị báo cáo tổng kết năm giữ lại
    Cho "cv.phongtho.lc15" lập "Báo cáo sơ kết, tổng kết công tác thông tin đối ngoại của đơn vị" của đơn vị "LC15_H_PHONGTHO" năm 2015, gọi là "BC 6 tháng Phong Thổ", với "Kỳ báo cáo" là "Sơ kết 6 tháng"
    Và văn bản "BC 6 tháng Phong Thổ" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và văn bản "BC năm Mường Tè" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông"
    Và "cv.stttt.lc15" lập "Báo cáo kết quả thực hiện Chỉ thị về công tác thông tin đối ngoại của tỉnh" của đơn vị "LC15_STTTT" năm 2015, gọi là "BC sơ kết 2015", với "Kỳ báo cáo" là "Sơ kết 6 tháng"
    Khi "cv.stttt.lc15" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC sơ kết 2015"
    Thì văn bản "BC sơ kết 2015" ở trạng thái "Đã tổng hợp"
    Và văn bản "BC 6 tháng Phong Thổ" thuộc văn bản tổng hợp "BC sơ kết 2015"
    Và văn bản "BC năm Mường Tè" không thuộc văn bản tổng hợp nào
    Và văn bản "BC năm Mường Tè" ở trạng thái "Đã gửi Sở Thông tin và Truyền thông"

  @basis:000_3e448a72fac77645.txt:đoạn_kết
  Kịch bản: UBND tỉnh yêu cầu bổ sung phải nêu lý do; Sở tổng hợp lại cả báo cáo đến muộn rồi báo cáo lại
    Cho văn bản "BC năm thành phố" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và văn bản "BC tổng kết 2015" đã qua các bước "Tổng hợp báo cáo các đơn vị → Ký báo cáo → Báo cáo UBND tỉnh"
    Khi "pct.ubnd.lc15" thực hiện "Yêu cầu bổ sung" văn bản "BC tổng kết 2015"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "pct.ubnd.lc15" thực hiện "Yêu cầu bổ sung" văn bản "BC tổng kết 2015" với lý do "Bổ sung kết quả của huyện Mường Tè và của các sở, ngành theo điểm 3 đến điểm 9"
    Thì văn bản "BC tổng kết 2015" ở trạng thái "UBND tỉnh yêu cầu bổ sung"
    Và "cv.stttt.lc15" chỉ được thấy các thao tác "Tổng hợp báo cáo các đơn vị" trên văn bản "BC tổng kết 2015"
    Cho văn bản "BC năm Mường Tè" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Khi "cv.stttt.lc15" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC tổng kết 2015"
    Và "ld.stttt.lc15" thực hiện "Ký báo cáo" văn bản "BC tổng kết 2015"
    Và "cv.stttt.lc15" thực hiện "Báo cáo UBND tỉnh" văn bản "BC tổng kết 2015"
    Và "pct.ubnd.lc15" thực hiện "Tiếp nhận để theo dõi, chỉ đạo" văn bản "BC tổng kết 2015"
    Thì văn bản "BC tổng kết 2015" ở trạng thái "UBND tỉnh đã tiếp nhận để theo dõi, chỉ đạo"
    Và văn bản "BC năm Mường Tè" thuộc văn bản tổng hợp "BC tổng kết 2015"
    Và văn bản "BC năm thành phố" thuộc văn bản tổng hợp "BC tổng kết 2015"
    Và lịch sử văn bản "BC tổng kết 2015" ghi "pct.ubnd.lc15" thực hiện "Yêu cầu bổ sung" với lý do "Bổ sung kết quả của huyện Mường Tè và của các sở, ngành theo điểm 3 đến điểm 9"

  @basis:000_3e448a72fac77645.txt:đoạn_kết
  Kịch bản: Chỉ lãnh đạo Sở ký; chỉ lãnh đạo UBND tỉnh tiếp nhận; sở khác không tổng hợp thay
    Cho "cv.sngv.lc15" có vai trò "coordinator" tại đơn vị "LC15_SNGV"
    Và văn bản "BC năm thành phố" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Khi "cv.sngv.lc15" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC tổng kết 2015"
    Thì thao tác bị từ chối vì sai đơn vị
    Cho "cv.stttt.lc15" đã thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC tổng kết 2015"
    Khi "cv.stttt.lc15" thực hiện "Ký báo cáo" văn bản "BC tổng kết 2015"
    Thì thao tác bị từ chối vì sai vai trò
    Cho "ld.stttt.lc15" đã thực hiện "Ký báo cáo" văn bản "BC tổng kết 2015"
    Và "cv.stttt.lc15" đã thực hiện "Báo cáo UBND tỉnh" văn bản "BC tổng kết 2015"
    Khi "ld.stttt.lc15" thực hiện "Tiếp nhận để theo dõi, chỉ đạo" văn bản "BC tổng kết 2015"
    Thì thao tác bị từ chối vì sai vai trò
    Và văn bản "BC tổng kết 2015" ở trạng thái "Đã báo cáo UBND tỉnh"
    Và văn bản "BC tổng kết 2015" không có hạn xử lý

  @basis:000_3e448a72fac77645.txt:đoạn_kết
  Kịch bản: Hai lãnh đạo UBND tỉnh cùng lúc tiếp nhận và yêu cầu bổ sung: chỉ một ý kiến được ghi nhận
    Cho "ct.ubnd.lc15" có vai trò "approver" tại đơn vị "LC15_UBND"
    Và văn bản "BC năm thành phố" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và văn bản "BC tổng kết 2015" đã qua các bước "Tổng hợp báo cáo các đơn vị → Ký báo cáo → Báo cáo UBND tỉnh"
    Khi "pct.ubnd.lc15" thực hiện "Tiếp nhận để theo dõi, chỉ đạo" và "ct.ubnd.lc15" thực hiện "Yêu cầu bổ sung" văn bản "BC tổng kết 2015" cùng lúc trên cùng một phiên bản, với lý do "Ý kiến của lãnh đạo UBND tỉnh"
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và chuỗi lịch sử kiểm tra hợp lệ
