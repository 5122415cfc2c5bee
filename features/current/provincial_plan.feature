# language: vi
Tính năng: Kế hoạch hoạt động thông tin đối ngoại năm của tỉnh (bộ quy trình hiện hành)
  Chỉ thị 002_0c56fb678df250a7.txt, II.1: cơ quan đầu mối "Chủ trì xây dựng kế hoạch hoạt động
  thông tin đối ngoại hàng năm của tỉnh trên cơ sở Kế hoạch hoạt động thông tin đối ngoại của
  các sở, ngành, địa phương trình Ủy ban nhân dân tỉnh phê duyệt, báo cáo Bộ Thông tin và
  Truyền thông trước ngày 01/7 hàng năm theo quy định".
  Mục I: "tổ chức thực hiện sau khi Ủy ban nhân dân tỉnh phê duyệt".
  Chỉ thị 000_3e448a72fac77645.txt, điểm 1: Sở "tham mưu cho Ủy ban Nhân dân tỉnh ban hành ...
  kế hoạch hoạt động thông tin đối ngoại hàng năm của tỉnh".
  Ngày nay cơ quan đầu mối là Sở Văn hóa, Thể thao và Du lịch, báo cáo Bộ Văn hóa, Thể thao
  và Du lịch.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "current"
    Và hôm nay là ngày 15/05/2026
    Và "cv.tanphong" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "LC_P_TANPHONG" năm 2026, gọi là "KH Tân Phong"
    Và "cv.bao" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "LC_BAO" năm 2026, gọi là "KH Báo"
    Và "cv.svhttdl" lập "Kế hoạch hoạt động thông tin đối ngoại năm của tỉnh" của đơn vị "LC_SVHTTDL" năm 2026, gọi là "KH tỉnh"

  @basis:002_0c56fb678df250a7.txt:II.1;_000_3e448a72fac77645.txt_1 @basis:002_0c56fb678df250a7.txt:II.1 @basis:002_0c56fb678df250a7.txt:II.1,_II.10 @basis:002_0c56fb678df250a7.txt:I,_II.1 @basis:002_0c56fb678df250a7.txt:I
  Kịch bản: Tổng hợp kế hoạch các đơn vị, trình UBND tỉnh phê duyệt, ban hành và báo cáo Bộ
    Cho văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH Báo" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Khi "cv.svhttdl" thực hiện "Tổng hợp kế hoạch các đơn vị" văn bản "KH tỉnh"
    Thì văn bản "KH tỉnh" ở trạng thái "Đã tổng hợp"
    Và văn bản "KH Tân Phong" ở trạng thái "Đã tổng hợp"
    Và văn bản "KH Tân Phong" thuộc văn bản tổng hợp "KH tỉnh"
    Và văn bản "KH Báo" thuộc văn bản tổng hợp "KH tỉnh"
    Khi "ld.svhttdl" thực hiện "Ký tờ trình" văn bản "KH tỉnh"
    Và "cv.svhttdl" thực hiện "Trình UBND tỉnh" văn bản "KH tỉnh" với "Số tờ trình trình UBND tỉnh" là "96/TTr-SVHTTDL"
    Thì văn bản "KH tỉnh" ở trạng thái "Trình UBND tỉnh"
    Khi "pct.ubnd" thực hiện "Phê duyệt" văn bản "KH tỉnh"
    Thì văn bản "KH tỉnh" ở trạng thái "Đã phê duyệt"
    Và văn bản "KH Tân Phong" ở trạng thái "Đã phê duyệt"
    Và văn bản "KH Báo" ở trạng thái "Đã phê duyệt"
    Khi "pct.ubnd" thực hiện "Ban hành Kế hoạch" văn bản "KH tỉnh" với nội dung:
      | Số, ký hiệu Kế hoạch ban hành | 135/KH-UBND |
      | Ngày ban hành                 | 20/06/2026  |
    Và "cv.svhttdl" thực hiện "Báo cáo Bộ Văn hóa, Thể thao và Du lịch" văn bản "KH tỉnh" với "Số văn bản báo cáo Bộ" là "215/BC-SVHTTDL" vào ngày 25/06/2026
    Thì văn bản "KH tỉnh" ở trạng thái "Đã báo cáo Bộ"
    Và "Ngày ban hành" của văn bản "KH tỉnh" là "20/06/2026"
    Và văn bản "KH tỉnh" không có hạn xử lý
    Và văn bản "KH tỉnh" không quá hạn vào ngày 01/07/2026
    Và lịch sử văn bản "KH tỉnh" ghi "pct.ubnd" thực hiện "Phê duyệt"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:002_0c56fb678df250a7.txt:II.1 @basis:002_0c56fb678df250a7.txt:II.1,_II.10
  Kịch bản: Không tổng hợp khi còn kế hoạch đơn vị đang chờ cơ quan đầu mối xem xét
    Cho văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH Báo" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét"
    Khi "cv.svhttdl" thực hiện "Tổng hợp kế hoạch các đơn vị" văn bản "KH tỉnh"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "Báo và Phát thanh, Truyền hình Lai Châu"
    Và văn bản "KH tỉnh" không có thay đổi nào
    Và văn bản "KH Tân Phong" ở trạng thái "Đã chấp thuận"
    Khi "cv.svhttdl" thực hiện "Chấp thuận" văn bản "KH Báo"
    Và "cv.svhttdl" thực hiện "Tổng hợp kế hoạch các đơn vị" văn bản "KH tỉnh"
    Thì văn bản "KH tỉnh" ở trạng thái "Đã tổng hợp"
    Và văn bản "KH Báo" ở trạng thái "Đã tổng hợp"

  @basis:002_0c56fb678df250a7.txt:II.1
  Kịch bản: Cần ít nhất một kế hoạch đã chấp thuận; đơn vị chưa gửi không giữ chân cả tỉnh
    Khi "cv.svhttdl" thực hiện "Tổng hợp kế hoạch các đơn vị" văn bản "KH tỉnh"
    Thì thao tác bị từ chối vì lý do có "chưa có văn bản"
    Cho văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Khi "cv.svhttdl" thực hiện "Tổng hợp kế hoạch các đơn vị" văn bản "KH tỉnh"
    Thì văn bản "KH tỉnh" ở trạng thái "Đã tổng hợp"
    Và văn bản "KH Tân Phong" thuộc văn bản tổng hợp "KH tỉnh"
    Và văn bản "KH Báo" không thuộc văn bản tổng hợp nào
    Và văn bản "KH Báo" ở trạng thái "Dự thảo"

  @basis:002_0c56fb678df250a7.txt:II.1
  Kịch bản: UBND tỉnh trả lại Kế hoạch phải nêu lý do; cơ quan đầu mối hoàn thiện và trình lại
    Cho văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình → Trình UBND tỉnh"
    Khi "pct.ubnd" thực hiện "Trả lại, yêu cầu hoàn thiện" văn bản "KH tỉnh"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "pct.ubnd" thực hiện "Trả lại, yêu cầu hoàn thiện" văn bản "KH tỉnh" với lý do "Bổ sung hoạt động quảng bá tại các cửa khẩu"
    Thì văn bản "KH tỉnh" ở trạng thái "UBND tỉnh trả lại"
    Và văn bản "KH Tân Phong" ở trạng thái "Đã tổng hợp"
    Khi "cv.svhttdl" sửa văn bản "KH tỉnh", với "Tổng kinh phí dự kiến" là "1.350.000.000"
    Và "cv.svhttdl" thực hiện "Tổng hợp kế hoạch các đơn vị" văn bản "KH tỉnh"
    Và "ld.svhttdl" thực hiện "Ký tờ trình" văn bản "KH tỉnh"
    Và "ld.svhttdl" thực hiện "Trình UBND tỉnh" văn bản "KH tỉnh" với "Số tờ trình trình UBND tỉnh" là "104/TTr-SVHTTDL"
    Và "pct.ubnd" thực hiện "Phê duyệt" văn bản "KH tỉnh"
    Thì văn bản "KH tỉnh" ở trạng thái "Đã phê duyệt"
    Và văn bản "KH Tân Phong" ở trạng thái "Đã phê duyệt"
    Và lịch sử văn bản "KH tỉnh" ghi "pct.ubnd" thực hiện "Trả lại, yêu cầu hoàn thiện" với lý do "Bổ sung hoạt động quảng bá tại các cửa khẩu"

  @basis:002_0c56fb678df250a7.txt:I,_II.1
  Kịch bản: Người đã trình Kế hoạch không được tự phê duyệt
    Cho "cv.svhttdl" có vai trò "approver" tại đơn vị "LC_UBND"
    Và văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Và "cv.svhttdl" đã thực hiện "Tổng hợp kế hoạch các đơn vị" văn bản "KH tỉnh"
    Và "ld.svhttdl" đã thực hiện "Ký tờ trình" văn bản "KH tỉnh"
    Và "cv.svhttdl" đã thực hiện "Trình UBND tỉnh" văn bản "KH tỉnh" với "Số tờ trình trình UBND tỉnh" là "96/TTr-SVHTTDL"
    Thì "cv.svhttdl" thấy thao tác "Phê duyệt" văn bản "KH tỉnh" bị chặn vì lý do có "không được thực hiện bước này"
    Khi "cv.svhttdl" thực hiện "Phê duyệt" văn bản "KH tỉnh"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và văn bản "KH tỉnh" vẫn ở trạng thái "Trình UBND tỉnh"
    Khi "pct.ubnd" thực hiện "Phê duyệt" văn bản "KH tỉnh"
    Thì văn bản "KH tỉnh" ở trạng thái "Đã phê duyệt"

  @basis:002_0c56fb678df250a7.txt:II.1
  Kịch bản: Kế hoạch của tỉnh chưa báo cáo Bộ quá hạn từ ngày 01/7
    Thì hạn xử lý của văn bản "KH tỉnh" là ngày 30/06/2026
    Cho văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình → Trình UBND tỉnh → Phê duyệt → Ban hành Kế hoạch"
    Thì văn bản "KH tỉnh" ở trạng thái "Đã ban hành"
    Và văn bản "KH tỉnh" không quá hạn vào ngày 30/06/2026
    Và văn bản "KH tỉnh" quá hạn vào ngày 01/07/2026
    Khi "cv.svhttdl" thực hiện "Báo cáo Bộ Văn hóa, Thể thao và Du lịch" văn bản "KH tỉnh" với "Số văn bản báo cáo Bộ" là "301/BC-SVHTTDL" vào ngày 02/07/2026
    Thì văn bản "KH tỉnh" không quá hạn vào ngày 03/07/2026

  @basis:002_0c56fb678df250a7.txt:II.1,_II.10 @basis:002_0c56fb678df250a7.txt:II.1
  Kịch bản: Mở lại kế hoạch của một đơn vị sau khi tổng hợp thì Kế hoạch của tỉnh trở về dự thảo
    Cho văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH Báo" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh" đã qua các bước "Tổng hợp kế hoạch các đơn vị"
    Khi "cv.svhttdl" thực hiện "Mở lại để đơn vị điều chỉnh" văn bản "KH Tân Phong"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cv.svhttdl" thực hiện "Mở lại để đơn vị điều chỉnh" văn bản "KH Tân Phong" với lý do "Phường đề nghị điều chỉnh hoạt động tại quảng trường"
    Thì văn bản "KH Tân Phong" ở trạng thái "Trả lại"
    Và văn bản "KH Tân Phong" không thuộc văn bản tổng hợp nào
    Và văn bản "KH tỉnh" ở trạng thái "Dự thảo"
    Và văn bản "KH Báo" ở trạng thái "Đã tổng hợp"
    Và văn bản "KH Báo" thuộc văn bản tổng hợp "KH tỉnh"
    Và lịch sử văn bản "KH tỉnh" ghi "cv.svhttdl" thực hiện "Mở lại do kế hoạch đơn vị được điều chỉnh"
    Khi "ld.tanphong" thực hiện "Ký kế hoạch" văn bản "KH Tân Phong"
    Và "cv.tanphong" thực hiện "Gửi cơ quan đầu mối" văn bản "KH Tân Phong"
    Và "cv.svhttdl" thực hiện "Tiếp nhận, xem xét" văn bản "KH Tân Phong"
    Và "cv.svhttdl" thực hiện "Chấp thuận" văn bản "KH Tân Phong"
    Và "cv.svhttdl" thực hiện "Tổng hợp kế hoạch các đơn vị" văn bản "KH tỉnh"
    Thì văn bản "KH Tân Phong" thuộc văn bản tổng hợp "KH tỉnh"
    Và văn bản "KH Tân Phong" ở trạng thái "Đã tổng hợp"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:002_0c56fb678df250a7.txt:II.1
  Kịch bản: Không mở lại kế hoạch đơn vị khi Kế hoạch của tỉnh đã trình UBND tỉnh
    Cho văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình → Trình UBND tỉnh"
    Khi "cv.svhttdl" thực hiện "Mở lại để đơn vị điều chỉnh" văn bản "KH Tân Phong" với lý do "Điều chỉnh kinh phí"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "không thể mở lại"
    Và văn bản "KH Tân Phong" không có thay đổi nào
    Và văn bản "KH Tân Phong" thuộc văn bản tổng hợp "KH tỉnh"
    Và văn bản "KH tỉnh" ở trạng thái "Trình UBND tỉnh"

  @basis:002_0c56fb678df250a7.txt:II.1
  Kịch bản: Phó Giám đốc ký tờ trình theo ủy quyền trong thời hạn ủy quyền
    Cho "ld.svhttdl" ủy quyền vai trò "coordinator_head" tại đơn vị "LC_SVHTTDL" cho "pgd.svhttdl" từ ngày 16/11/2026 đến ngày 31/12/2026
    Và văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh" đã qua các bước "Tổng hợp kế hoạch các đơn vị"
    Thì "pgd.svhttdl" không được thực hiện thao tác nào trên văn bản "KH tỉnh" vào ngày 15/11/2026
    Và "pgd.svhttdl" chỉ được thấy các thao tác "Ký tờ trình" trên văn bản "KH tỉnh" vào ngày 20/11/2026
    Khi "pgd.svhttdl" thực hiện "Ký tờ trình" văn bản "KH tỉnh" vào ngày 20/11/2026
    Thì văn bản "KH tỉnh" ở trạng thái "Đã ký tờ trình"
    Và lịch sử văn bản "KH tỉnh" ghi "pgd.svhttdl" thực hiện "Ký tờ trình" thay mặt "ld.svhttdl"

  @basis:002_0c56fb678df250a7.txt:II.1
  Kịch bản: Hết thời hạn ủy quyền thì người được ủy quyền không ký được nữa
    Cho "ld.svhttdl" ủy quyền vai trò "Lãnh đạo cơ quan đầu mối (Sở VHTTDL)" tại đơn vị "LC_SVHTTDL" cho "pgd.svhttdl" từ ngày 16/11/2026 đến ngày 31/12/2026
    Và văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh" đã qua các bước "Tổng hợp kế hoạch các đơn vị"
    Khi "pgd.svhttdl" thực hiện "Ký tờ trình" văn bản "KH tỉnh" vào ngày 02/01/2027
    Thì thao tác bị từ chối vì ủy quyền đã hết hạn
    Và lý do từ chối có "31/12/2026"
    Khi "ld.svhttdl" thực hiện "Ký tờ trình" văn bản "KH tỉnh" vào ngày 02/01/2027
    Thì văn bản "KH tỉnh" ở trạng thái "Đã ký tờ trình"

  @basis:002_0c56fb678df250a7.txt:I,_II.1
  Kịch bản: Phê duyệt và trả lại cùng lúc: chỉ một quyết định được ghi nhận
    Cho "ct.ubnd" có vai trò "approver" tại đơn vị "LC_UBND"
    Và văn bản "KH Tân Phong" đã qua các bước "Ký kế hoạch → Gửi cơ quan đầu mối → Tiếp nhận, xem xét → Chấp thuận"
    Và văn bản "KH tỉnh" đã qua các bước "Tổng hợp kế hoạch các đơn vị → Ký tờ trình → Trình UBND tỉnh"
    Khi "pct.ubnd" thực hiện "Phê duyệt" và "ct.ubnd" thực hiện "Trả lại, yêu cầu hoàn thiện" văn bản "KH tỉnh" cùng lúc trên cùng một phiên bản, với lý do "Ý kiến của lãnh đạo UBND tỉnh"
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và chuỗi lịch sử kiểm tra hợp lệ
