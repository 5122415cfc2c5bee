# language: vi
Tính năng: Báo cáo hoạt động thông tin đối ngoại của tỉnh (Trà Vinh 2023)
  Kế hoạch kèm Quyết định 1899/QĐ-UBND, 004_5b944f41a127e280.txt, III.10: các đơn vị "định kỳ hoặc đột
  xuất báo cáo ... gửi về Sở Thông tin và Truyền thông hoặc báo cáo đột xuất theo yêu cầu để tổng hợp
  báo cáo Ủy ban nhân dân tỉnh".
  Đoạn kết: "định kỳ sơ kết, đánh giá kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh (qua Sở Thông
  tin và Truyền thông) theo quy định". Mỗi báo cáo của tỉnh chỉ tổng hợp báo cáo cùng kỳ và, với báo
  cáo đột xuất, cùng nội dung yêu cầu. Kế hoạch không yêu cầu báo cáo Bộ và không nêu hạn.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "tra_vinh_2023"
    Và hôm nay là ngày 10/12/2024
    Và "cv.caungang.tv" lập "Báo cáo hoạt động thông tin đối ngoại của đơn vị" của đơn vị "TV_H_CAUNGANG_UBND" năm 2024, gọi là "BC năm Cầu Ngang", với "Kỳ báo cáo" là "Cả năm"
    Và "cv.svhttdl.tv" lập "Báo cáo hoạt động thông tin đối ngoại của đơn vị" của đơn vị "TV_SVHTTDL" năm 2024, gọi là "BC năm Sở VHTTDL", với "Kỳ báo cáo" là "Cả năm"
    Và "cv.stttt.tv" lập "Báo cáo hoạt động thông tin đối ngoại của tỉnh" của đơn vị "TV_STTTT" năm 2024, gọi là "BC năm 2024", với "Kỳ báo cáo" là "Cả năm"

  @basis:004_5b944f41a127e280.txt:III.10,_đoạn_kết @basis:004_5b944f41a127e280.txt:III.10 @basis:004_5b944f41a127e280.txt:đoạn_kết
  Kịch bản: Sở tổng hợp báo cáo cả năm của các đơn vị, Giám đốc ký, báo cáo UBND tỉnh và UBND tỉnh cho ý kiến chỉ đạo
    Cho văn bản "BC năm Cầu Ngang" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và văn bản "BC năm Sở VHTTDL" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Khi "cv.stttt.tv" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC năm 2024"
    Thì văn bản "BC năm 2024" ở trạng thái "Đã tổng hợp"
    Và văn bản "BC năm Cầu Ngang" thuộc văn bản tổng hợp "BC năm 2024"
    Và văn bản "BC năm Sở VHTTDL" thuộc văn bản tổng hợp "BC năm 2024"
    Khi "ld.stttt.tv" thực hiện "Ký báo cáo" văn bản "BC năm 2024"
    Và "cv.stttt.tv" thực hiện "Báo cáo UBND tỉnh" văn bản "BC năm 2024"
    Thì văn bản "BC năm 2024" ở trạng thái "Đã báo cáo UBND tỉnh"
    Khi "pct.ubnd.tv" thực hiện "Cho ý kiến chỉ đạo" văn bản "BC năm 2024" với lý do "Tiếp tục đẩy mạnh chuyển đổi số trong quảng bá hình ảnh tỉnh"
    Thì văn bản "BC năm 2024" ở trạng thái "UBND tỉnh đã cho ý kiến"
    Và văn bản "BC năm 2024" không có hạn xử lý
    Và lịch sử văn bản "BC năm 2024" ghi "pct.ubnd.tv" thực hiện "Cho ý kiến chỉ đạo" với lý do "Tiếp tục đẩy mạnh chuyển đổi số trong quảng bá hình ảnh tỉnh"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Còn báo cáo của đơn vị chờ Sở tiếp nhận thì chưa tổng hợp được
    Cho văn bản "BC năm Cầu Ngang" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và văn bản "BC năm Sở VHTTDL" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông"
    Khi "cv.stttt.tv" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC năm 2024"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "Sở Văn hóa, Thể thao và Du lịch"
    Và văn bản "BC năm 2024" không có thay đổi nào
    Khi "cv.stttt.tv" thực hiện "Tiếp nhận báo cáo" văn bản "BC năm Sở VHTTDL"
    Và "cv.stttt.tv" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC năm 2024"
    Thì văn bản "BC năm Sở VHTTDL" thuộc văn bản tổng hợp "BC năm 2024"
    Và văn bản "BC năm Cầu Ngang" ở trạng thái "Đã tổng hợp báo cáo UBND tỉnh"

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Chưa có báo cáo nào được tiếp nhận thì chưa tổng hợp được
    Khi "cv.stttt.tv" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC năm 2024"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "chưa có văn bản"
    Và văn bản "BC năm 2024" ở trạng thái "Dự thảo"

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Báo cáo đột xuất được tổng hợp riêng theo nội dung yêu cầu, không bị báo cáo định kỳ giữ lại
    Cho "cv.caungang.tv" lập "Báo cáo hoạt động thông tin đối ngoại của đơn vị" của đơn vị "TV_H_CAUNGANG_UBND" năm 2024, gọi là "BC đột xuất Ok Om Bok", với nội dung:
      | Kỳ báo cáo                           | Đột xuất theo yêu cầu                              |
      | Nội dung yêu cầu báo cáo đột xuất    | Đoàn phóng viên nước ngoài dự Lễ hội Ok Om Bok     |
    Và "cv.svhttdl.tv" lập "Báo cáo hoạt động thông tin đối ngoại của đơn vị" của đơn vị "TV_SVHTTDL" năm 2024, gọi là "BC đột xuất thông tin sai lệch", với nội dung:
      | Kỳ báo cáo                           | Đột xuất theo yêu cầu                              |
      | Nội dung yêu cầu báo cáo đột xuất    | Xử lý thông tin sai lệch về tỉnh trên mạng xã hội  |
    Và văn bản "BC đột xuất Ok Om Bok" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và văn bản "BC đột xuất thông tin sai lệch" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông"
    Và văn bản "BC năm Cầu Ngang" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông"
    Và "cv.stttt.tv" lập "Báo cáo hoạt động thông tin đối ngoại của tỉnh" của đơn vị "TV_STTTT" năm 2024, gọi là "BC đột xuất của tỉnh", với nội dung:
      | Kỳ báo cáo                           | Đột xuất theo yêu cầu                              |
      | Nội dung yêu cầu báo cáo đột xuất    | Đoàn phóng viên nước ngoài dự Lễ hội Ok Om Bok     |
    Khi "cv.stttt.tv" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC đột xuất của tỉnh"
    Thì văn bản "BC đột xuất của tỉnh" ở trạng thái "Đã tổng hợp"
    Và văn bản "BC đột xuất Ok Om Bok" thuộc văn bản tổng hợp "BC đột xuất của tỉnh"
    Và văn bản "BC đột xuất thông tin sai lệch" không thuộc văn bản tổng hợp nào
    Và văn bản "BC năm Cầu Ngang" không thuộc văn bản tổng hợp nào

  @basis:004_5b944f41a127e280.txt:đoạn_kết @basis:004_5b944f41a127e280.txt:III.10,_đoạn_kết
  Kịch bản: UBND tỉnh yêu cầu bổ sung phải nêu lý do; Sở tổng hợp lại và báo cáo lại
    Cho văn bản "BC năm Cầu Ngang" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và văn bản "BC năm 2024" đã qua các bước "Tổng hợp báo cáo các đơn vị → Ký báo cáo → Báo cáo UBND tỉnh"
    Khi "pct.ubnd.tv" thực hiện "Yêu cầu bổ sung" văn bản "BC năm 2024"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "pct.ubnd.tv" thực hiện "Yêu cầu bổ sung" văn bản "BC năm 2024" với lý do "Bổ sung kết quả của Sở Văn hóa, Thể thao và Du lịch"
    Thì văn bản "BC năm 2024" ở trạng thái "UBND tỉnh yêu cầu bổ sung"
    Và "cv.stttt.tv" chỉ được thấy các thao tác "Tổng hợp báo cáo các đơn vị" trên văn bản "BC năm 2024"
    Cho văn bản "BC năm Sở VHTTDL" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Khi "cv.stttt.tv" thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC năm 2024"
    Và "ld.stttt.tv" thực hiện "Ký báo cáo" văn bản "BC năm 2024"
    Và "cv.stttt.tv" thực hiện "Báo cáo UBND tỉnh" văn bản "BC năm 2024"
    Thì văn bản "BC năm 2024" ở trạng thái "Đã báo cáo UBND tỉnh"
    Và văn bản "BC năm Sở VHTTDL" thuộc văn bản tổng hợp "BC năm 2024"
    Và lịch sử văn bản "BC năm 2024" ghi "pct.ubnd.tv" thực hiện "Yêu cầu bổ sung" với lý do "Bổ sung kết quả của Sở Văn hóa, Thể thao và Du lịch"

  @basis:004_5b944f41a127e280.txt:đoạn_kết @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Chỉ Giám đốc Sở ký; chỉ lãnh đạo UBND tỉnh cho ý kiến, Chủ tịch UBND huyện thì không
    Cho văn bản "BC năm Cầu Ngang" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và "cv.stttt.tv" đã thực hiện "Tổng hợp báo cáo các đơn vị" văn bản "BC năm 2024"
    Khi "cv.stttt.tv" thực hiện "Ký báo cáo" văn bản "BC năm 2024"
    Thì thao tác bị từ chối vì sai vai trò
    Cho "ld.stttt.tv" đã thực hiện "Ký báo cáo" văn bản "BC năm 2024"
    Và "cv.stttt.tv" đã thực hiện "Báo cáo UBND tỉnh" văn bản "BC năm 2024"
    Khi "ct.caungang.tv" thực hiện "Cho ý kiến chỉ đạo" văn bản "BC năm 2024"
    Thì thao tác bị từ chối vì sai đơn vị
    Khi "ld.stttt.tv" thực hiện "Cho ý kiến chỉ đạo" văn bản "BC năm 2024"
    Thì thao tác bị từ chối vì sai vai trò
    Và văn bản "BC năm 2024" ở trạng thái "Đã báo cáo UBND tỉnh"

  @basis:004_5b944f41a127e280.txt:đoạn_kết
  Kịch bản: Hai lãnh đạo UBND tỉnh cùng lúc cho ý kiến và yêu cầu bổ sung: chỉ một ý kiến được ghi nhận
    Cho "ct.ubnd.tv" có vai trò "approver" tại đơn vị "TV_UBND"
    Và văn bản "BC năm Cầu Ngang" đã qua các bước "Ký báo cáo → Gửi Sở Thông tin và Truyền thông → Tiếp nhận báo cáo"
    Và văn bản "BC năm 2024" đã qua các bước "Tổng hợp báo cáo các đơn vị → Ký báo cáo → Báo cáo UBND tỉnh"
    Khi "pct.ubnd.tv" thực hiện "Cho ý kiến chỉ đạo" và "ct.ubnd.tv" thực hiện "Yêu cầu bổ sung" văn bản "BC năm 2024" cùng lúc trên cùng một phiên bản, với lý do "Ý kiến của lãnh đạo UBND tỉnh"
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và chuỗi lịch sử kiểm tra hợp lệ
