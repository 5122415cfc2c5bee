# language: vi
Tính năng: Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị (Trà Vinh 2023)
  Kế hoạch kèm Quyết định 1899/QĐ-UBND, 004_5b944f41a127e280.txt, III.10: các sở, ban, ngành tỉnh và
  Ủy ban nhân dân các huyện, thị xã, thành phố "hàng năm xây dựng Kế hoạch hoạt động thông tin đối
  ngoại và dự toán kinh phí của đơn vị, tổng hợp chung trong dự toán ngân sách của đơn vị, gửi về
  cơ quan tài chính cùng cấp để tổng hợp, trình cấp có thẩm quyền xem xét, quyết định".
  III.6: Sở Tài chính tham mưu bố trí kinh phí cho các "chương trình, kế hoạch, đề án, hoạt động
  thông tin đối ngoại đã được Ủy ban nhân dân tỉnh phê duyệt".
  "Cùng cấp": kế hoạch của các sở do Sở Tài chính tổng hợp, lãnh đạo UBND tỉnh phê duyệt; kế hoạch
  của UBND huyện do Phòng Tài chính – Kế hoạch huyện tổng hợp, Chủ tịch UBND huyện phê duyệt. Kế
  hoạch không gửi Sở Thông tin và Truyền thông; Kế hoạch không nêu thời hạn.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "tra_vinh_2023"
    Và hôm nay là ngày 15/01/2024
    Và "cv.svhttdl.tv" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "TV_SVHTTDL" năm 2024, gọi là "KH Sở VHTTDL", với nội dung:
      | Mục đích, yêu cầu và nội dung chủ yếu | Quảng bá văn hóa, du lịch Trà Vinh qua Lễ hội Ok Om Bok |
      | Kinh phí dự kiến                      | 500.000.000                                             |
    Và "cv.caungang.tv" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "TV_H_CAUNGANG_UBND" năm 2024, gọi là "KH Cầu Ngang", với nội dung:
      | Mục đích, yêu cầu và nội dung chủ yếu | Quảng bá du lịch biển Ba Động, văn hóa Khmer Cầu Ngang |
      | Kinh phí dự kiến                      | 150.000.000                                            |

  @basis:004_5b944f41a127e280.txt:III.10 @basis:004_5b944f41a127e280.txt:III.10,_III.6
  Kịch bản: Kế hoạch của Sở gửi Sở Tài chính, Sở Tài chính trình và lãnh đạo UBND tỉnh phê duyệt
    Thì văn bản "KH Sở VHTTDL" ở trạng thái "Dự thảo"
    Khi "ld.svhttdl.tv" thực hiện "Ký kế hoạch" văn bản "KH Sở VHTTDL"
    Và "cv.svhttdl.tv" thực hiện "Gửi cơ quan tài chính cùng cấp" văn bản "KH Sở VHTTDL"
    Thì văn bản "KH Sở VHTTDL" ở trạng thái "Đã gửi cơ quan tài chính cùng cấp (kèm dự toán)"
    Khi "cv.stc.tv" thực hiện "Tổng hợp, trình cấp có thẩm quyền" văn bản "KH Sở VHTTDL"
    Thì văn bản "KH Sở VHTTDL" ở trạng thái "Cơ quan tài chính đã tổng hợp, trình cấp có thẩm quyền"
    Khi "pct.ubnd.tv" thực hiện "Phê duyệt" văn bản "KH Sở VHTTDL"
    Thì văn bản "KH Sở VHTTDL" ở trạng thái "Đã được phê duyệt"
    Và "Kinh phí dự kiến" của văn bản "KH Sở VHTTDL" là "500.000.000"
    Và "pct.ubnd.tv" không được thực hiện thao tác nào trên văn bản "KH Sở VHTTDL"
    Và lịch sử văn bản "KH Sở VHTTDL" ghi "cv.stc.tv" thực hiện "Tổng hợp, trình cấp có thẩm quyền"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:004_5b944f41a127e280.txt:III.10 @basis:004_5b944f41a127e280.txt:III.10,_III.6
  Kịch bản: Kế hoạch của UBND huyện gửi Phòng Tài chính – Kế hoạch huyện và Chủ tịch UBND huyện phê duyệt
    Khi "ld.caungang.tv" thực hiện "Ký kế hoạch" văn bản "KH Cầu Ngang"
    Và "cv.caungang.tv" thực hiện "Gửi cơ quan tài chính cùng cấp" văn bản "KH Cầu Ngang"
    Thì "tckh.caungang.tv" chỉ được thấy các thao tác "Tổng hợp, trình cấp có thẩm quyền; Trả lại đơn vị" trên văn bản "KH Cầu Ngang"
    Và "cv.stc.tv" không được thực hiện thao tác nào trên văn bản "KH Cầu Ngang"
    Khi "tckh.caungang.tv" thực hiện "Tổng hợp, trình cấp có thẩm quyền" văn bản "KH Cầu Ngang"
    Và "ct.caungang.tv" thực hiện "Phê duyệt" văn bản "KH Cầu Ngang"
    Thì văn bản "KH Cầu Ngang" ở trạng thái "Đã được phê duyệt"
    Và lịch sử văn bản "KH Cầu Ngang" ghi "ct.caungang.tv" thực hiện "Phê duyệt"

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Cơ quan tài chính cùng cấp: Phòng Tài chính – Kế hoạch huyện không xử lý kế hoạch của Sở và ngược lại
    Cho văn bản "KH Sở VHTTDL" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp"
    Và văn bản "KH Cầu Ngang" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp"
    Khi "tckh.caungang.tv" thực hiện "Tổng hợp, trình cấp có thẩm quyền" văn bản "KH Sở VHTTDL"
    Thì thao tác bị từ chối vì sai đơn vị
    Và lý do từ chối có "đơn vị cấp trên"
    Khi "cv.stc.tv" thực hiện "Tổng hợp, trình cấp có thẩm quyền" văn bản "KH Cầu Ngang"
    Thì thao tác bị từ chối vì sai đơn vị
    Cho văn bản "KH Sở VHTTDL" đã qua các bước "Tổng hợp, trình cấp có thẩm quyền"
    Và văn bản "KH Cầu Ngang" đã qua các bước "Tổng hợp, trình cấp có thẩm quyền"
    Khi "ct.caungang.tv" thực hiện "Phê duyệt" văn bản "KH Sở VHTTDL"
    Thì thao tác bị từ chối vì sai đơn vị
    Khi "pct.ubnd.tv" thực hiện "Phê duyệt" văn bản "KH Cầu Ngang"
    Thì thao tác bị từ chối vì sai đơn vị
    Và văn bản "KH Sở VHTTDL" ở trạng thái "Cơ quan tài chính đã tổng hợp, trình cấp có thẩm quyền"
    Và văn bản "KH Cầu Ngang" ở trạng thái "Cơ quan tài chính đã tổng hợp, trình cấp có thẩm quyền"

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Phòng Tài chính – Kế hoạch huyện khác không tổng hợp kế hoạch của Cầu Ngang
    Cho "tckh.tracu.tv" có vai trò "finance_officer" tại đơn vị "TV_H_TRACU"
    Và văn bản "KH Cầu Ngang" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp"
    Khi "tckh.tracu.tv" thực hiện "Tổng hợp, trình cấp có thẩm quyền" văn bản "KH Cầu Ngang"
    Thì thao tác bị từ chối vì sai đơn vị
    Và văn bản "KH Cầu Ngang" không có thay đổi nào

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Kế hoạch không gửi Sở Thông tin và Truyền thông: Sở không tổng hợp, không phê duyệt kế hoạch của đơn vị
    Cho văn bản "KH Sở VHTTDL" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp"
    Khi "cv.stttt.tv" thực hiện "Tổng hợp, trình cấp có thẩm quyền" văn bản "KH Sở VHTTDL"
    Thì thao tác bị từ chối vì sai vai trò
    Và "cv.stttt.tv" không được thực hiện thao tác nào trên văn bản "KH Sở VHTTDL"
    Và "ld.stttt.tv" không được thực hiện thao tác nào trên văn bản "KH Sở VHTTDL"

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Sở Tài chính trả lại phải ghi lý do; đơn vị ký và gửi lại; UBND tỉnh cũng có thể trả lại kế hoạch đã trình
    Cho văn bản "KH Sở VHTTDL" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp"
    Khi "cv.stc.tv" thực hiện "Trả lại đơn vị" văn bản "KH Sở VHTTDL"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cv.stc.tv" thực hiện "Trả lại đơn vị" văn bản "KH Sở VHTTDL" với lý do "Chưa tổng hợp chung trong dự toán ngân sách của đơn vị"
    Thì văn bản "KH Sở VHTTDL" ở trạng thái "Trả lại"
    Khi "cv.svhttdl.tv" sửa văn bản "KH Sở VHTTDL", với "Kinh phí dự kiến" là "450.000.000"
    Và "ld.svhttdl.tv" thực hiện "Ký kế hoạch" văn bản "KH Sở VHTTDL"
    Và "cv.svhttdl.tv" thực hiện "Gửi cơ quan tài chính cùng cấp" văn bản "KH Sở VHTTDL"
    Và "cv.stc.tv" thực hiện "Tổng hợp, trình cấp có thẩm quyền" văn bản "KH Sở VHTTDL"
    Và "pct.ubnd.tv" thực hiện "Trả lại đơn vị" văn bản "KH Sở VHTTDL" với lý do "Bổ sung hoạt động quảng bá bằng tiếng Khmer"
    Thì văn bản "KH Sở VHTTDL" ở trạng thái "Trả lại"
    Và "Kinh phí dự kiến" của văn bản "KH Sở VHTTDL" là "450.000.000"
    Và lịch sử văn bản "KH Sở VHTTDL" ghi "cv.stc.tv" thực hiện "Trả lại đơn vị" với lý do "Chưa tổng hợp chung trong dự toán ngân sách của đơn vị"
    Và lịch sử văn bản "KH Sở VHTTDL" ghi "pct.ubnd.tv" thực hiện "Trả lại đơn vị" với lý do "Bổ sung hoạt động quảng bá bằng tiếng Khmer"

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Chuyên viên không ký thay lãnh đạo; sở khác không ký, không gửi, không lập hộ
    Khi "cv.svhttdl.tv" thực hiện "Ký kế hoạch" văn bản "KH Sở VHTTDL"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "ld.sct.tv" thực hiện "Ký kế hoạch" văn bản "KH Sở VHTTDL"
    Thì thao tác bị từ chối vì sai đơn vị
    Khi "cv.sct.tv" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "TV_SVHTTDL" năm 2024, gọi là "KH lập hộ"
    Thì thao tác bị từ chối vì sai đơn vị
    Cho "ld.svhttdl.tv" đã thực hiện "Ký kế hoạch" văn bản "KH Sở VHTTDL"
    Khi "cv.sct.tv" thực hiện "Gửi cơ quan tài chính cùng cấp" văn bản "KH Sở VHTTDL"
    Thì thao tác bị từ chối vì sai đơn vị
    Và văn bản "KH Sở VHTTDL" ở trạng thái "Đã ký"

  @basis:004_5b944f41a127e280.txt:III.10,_III.6
  Kịch bản: Chủ tịch UBND huyện đã tự ký kế hoạch của huyện thì không tự phê duyệt
    Cho "ct.caungang.tv" có vai trò "unit_head" tại đơn vị "TV_H_CAUNGANG_UBND"
    Và "ct.caungang.tv" đã thực hiện "Ký kế hoạch" văn bản "KH Cầu Ngang"
    Và văn bản "KH Cầu Ngang" đã qua các bước "Gửi cơ quan tài chính cùng cấp → Tổng hợp, trình cấp có thẩm quyền"
    Thì "ct.caungang.tv" thấy thao tác "Phê duyệt" văn bản "KH Cầu Ngang" bị chặn vì lý do có "«Ký kế hoạch»"
    Khi "ct.caungang.tv" thực hiện "Phê duyệt" văn bản "KH Cầu Ngang"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và văn bản "KH Cầu Ngang" vẫn ở trạng thái "Cơ quan tài chính đã tổng hợp, trình cấp có thẩm quyền"

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Phó Giám đốc Sở Công Thương ký kế hoạch thay Giám đốc trong thời hạn ủy quyền, không ký được khi đã hết hạn
    Cho "cv.sct.tv" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "TV_SCT" năm 2024, gọi là "KH Sở Công Thương"
    Và "ld.sct.tv" ủy quyền vai trò "Lãnh đạo đơn vị" tại đơn vị "TV_SCT" cho "pgd.sct.tv" từ ngày 15/01/2024 đến ngày 26/01/2024
    Khi "pgd.sct.tv" thực hiện "Ký kế hoạch" văn bản "KH Sở Công Thương" vào ngày 22/01/2024
    Thì văn bản "KH Sở Công Thương" ở trạng thái "Đã ký"
    Và lịch sử văn bản "KH Sở Công Thương" ghi "pgd.sct.tv" thực hiện "Ký kế hoạch" thay mặt "ld.sct.tv"
    Khi "cv.sct.tv" thực hiện "Thu hồi để chỉnh sửa" văn bản "KH Sở Công Thương" vào ngày 29/01/2024
    Và "pgd.sct.tv" thực hiện "Ký kế hoạch" văn bản "KH Sở Công Thương" vào ngày 29/01/2024
    Thì thao tác bị từ chối vì ủy quyền đã hết hạn
    Và lý do từ chối có "26/01/2024"
    Và văn bản "KH Sở Công Thương" ở trạng thái "Dự thảo"

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Hai chuyên viên Sở Tài chính cùng lúc trình và trả lại một kế hoạch: chỉ một thao tác được ghi nhận
    Cho "cv2.stc.tv" có vai trò "finance_officer" tại đơn vị "TV_UBND"
    Và văn bản "KH Sở VHTTDL" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp"
    Khi "cv.stc.tv" thực hiện "Tổng hợp, trình cấp có thẩm quyền" và "cv2.stc.tv" thực hiện "Trả lại đơn vị" văn bản "KH Sở VHTTDL" cùng lúc trên cùng một phiên bản, với lý do "Ý kiến của Sở Tài chính"
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Kế hoạch năm 2023 không nêu thời hạn nên kế hoạch của đơn vị không bị tính quá hạn
    Thì văn bản "KH Sở VHTTDL" không có hạn xử lý
    Khi "ld.svhttdl.tv" thực hiện "Ký kế hoạch" văn bản "KH Sở VHTTDL"
    Thì văn bản "KH Sở VHTTDL" không có hạn xử lý
    Và không có văn bản nào quá hạn vào ngày 31/12/2024
