# language: vi
Tính năng: Dự toán kinh phí thông tin đối ngoại của đơn vị (Trà Vinh 2023)
  Kế hoạch kèm Quyết định 1899/QĐ-UBND, 004_5b944f41a127e280.txt, III.10: đơn vị xây dựng "Kế hoạch
  hoạt động thông tin đối ngoại và dự toán kinh phí của đơn vị, tổng hợp chung trong dự toán ngân
  sách của đơn vị, gửi về cơ quan tài chính cùng cấp để tổng hợp, trình cấp có thẩm quyền xem xét,
  quyết định".
  III.6: "Hàng năm, trên cơ sở dự toán kinh phí thực hiện của các sở, ban, ngành tỉnh và căn cứ vào
  khả năng cân đối ngân sách; Sở Tài chính thẩm định và tham mưu cấp có thẩm quyền bố trí kinh phí
  từ nguồn ngân sách nhà nước theo phân cấp ngân sách nhà nước hiện hành và các nguồn tài chính hợp
  pháp khác để thực hiện các chương trình, kế hoạch, đề án, hoạt động thông tin đối ngoại đã được Ủy
  ban nhân dân tỉnh phê duyệt".
  Dự toán gửi kèm kế hoạch (chỉ gửi được khi kế hoạch đã gửi); kinh phí thẩm định không vượt kinh phí
  đề nghị, kinh phí bố trí không vượt kinh phí thẩm định; chỉ bố trí cho kế hoạch đã được phê duyệt,
  trong tổng mức năm 2024 là 1.500.000.000 đ (tính chung ngân sách tỉnh và huyện).

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "tra_vinh_2023"
    Và hôm nay là ngày 22/01/2024
    Và "cv.svhttdl.tv" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "TV_SVHTTDL" năm 2024, gọi là "KH Sở VHTTDL"
    Và "cv.svhttdl.tv" lập "Dự toán kinh phí thông tin đối ngoại" của đơn vị "TV_SVHTTDL" năm 2024, gọi là "DT Sở VHTTDL", gắn với "KH Sở VHTTDL", với nội dung:
      | Kinh phí đề nghị                                | 500.000.000                                         |
      | Thuyết minh dự toán (nội dung chi, định mức)    | Hội chợ du lịch quốc tế 250 triệu; video clip đa ngữ 150 triệu; ấn phẩm song ngữ 100 triệu |
      | Nguồn kinh phí                                  | Ngân sách nhà nước theo phân cấp                    |
    Và "cv.caungang.tv" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "TV_H_CAUNGANG_UBND" năm 2024, gọi là "KH Cầu Ngang"
    Và "cv.caungang.tv" lập "Dự toán kinh phí thông tin đối ngoại" của đơn vị "TV_H_CAUNGANG_UBND" năm 2024, gọi là "DT Cầu Ngang", gắn với "KH Cầu Ngang", với "Kinh phí đề nghị" là "150.000.000"

  @basis:004_5b944f41a127e280.txt:III.10 @basis:004_5b944f41a127e280.txt:III.6 @basis:004_5b944f41a127e280.txt:III.10,_III.6
  Kịch bản: Dự toán của Sở gửi Sở Tài chính kèm kế hoạch, được thẩm định và bố trí sau khi kế hoạch được phê duyệt
    Cho văn bản "KH Sở VHTTDL" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp"
    Khi "ld.svhttdl.tv" thực hiện "Ký, gửi cơ quan tài chính cùng cấp" văn bản "DT Sở VHTTDL"
    Thì văn bản "DT Sở VHTTDL" ở trạng thái "Đã gửi cơ quan tài chính cùng cấp"
    Khi "cv.stc.tv" thực hiện "Tiếp nhận, thẩm định" văn bản "DT Sở VHTTDL"
    Thì văn bản "DT Sở VHTTDL" ở trạng thái "Đang thẩm định"
    Khi "cv.stc.tv" thực hiện "Thẩm định, đề xuất bố trí" văn bản "DT Sở VHTTDL" với nội dung:
      | Kinh phí thẩm định                               | 450.000.000                                              |
      | Ý kiến thẩm định (khả năng cân đối ngân sách)    | Trong khả năng cân đối ngân sách tỉnh; giảm ấn phẩm in   |
    Thì văn bản "DT Sở VHTTDL" ở trạng thái "Đã thẩm định, trình bố trí"
    Cho văn bản "KH Sở VHTTDL" đã qua các bước "Tổng hợp, trình cấp có thẩm quyền → Phê duyệt"
    Khi "pct.ubnd.tv" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Sở VHTTDL" với "Kinh phí bố trí" là "450.000.000"
    Thì văn bản "DT Sở VHTTDL" ở trạng thái "Đã bố trí kinh phí"
    Và "Kinh phí bố trí" của văn bản "DT Sở VHTTDL" là "450.000.000"
    Và "Nguồn kinh phí" của văn bản "DT Sở VHTTDL" là "Ngân sách nhà nước theo phân cấp"
    Và "pct.ubnd.tv" không được thực hiện thao tác nào trên văn bản "DT Sở VHTTDL"
    Và lịch sử văn bản "DT Sở VHTTDL" ghi "cv.stc.tv" thực hiện "Thẩm định, đề xuất bố trí"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:004_5b944f41a127e280.txt:III.10 @basis:004_5b944f41a127e280.txt:III.6
  Kịch bản: Dự toán của UBND huyện do Phòng Tài chính – Kế hoạch thẩm định và Chủ tịch UBND huyện bố trí
    Cho văn bản "KH Cầu Ngang" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp → Tổng hợp, trình cấp có thẩm quyền → Phê duyệt"
    Khi "ld.caungang.tv" thực hiện "Ký, gửi cơ quan tài chính cùng cấp" văn bản "DT Cầu Ngang"
    Và "tckh.caungang.tv" thực hiện "Tiếp nhận, thẩm định" văn bản "DT Cầu Ngang"
    Và "tckh.caungang.tv" thực hiện "Thẩm định, đề xuất bố trí" văn bản "DT Cầu Ngang" với nội dung:
      | Kinh phí thẩm định                            | 150.000.000                           |
      | Ý kiến thẩm định (khả năng cân đối ngân sách) | Bố trí trong dự toán ngân sách huyện  |
    Và "ct.caungang.tv" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Cầu Ngang" với "Kinh phí bố trí" là "150.000.000"
    Thì văn bản "DT Cầu Ngang" ở trạng thái "Đã bố trí kinh phí"
    Và lịch sử văn bản "DT Cầu Ngang" ghi "ct.caungang.tv" thực hiện "Quyết định bố trí kinh phí"

  @basis:004_5b944f41a127e280.txt:III.6
  Kịch bản: Cơ quan tài chính cùng cấp: Phòng Tài chính – Kế hoạch huyện không thẩm định dự toán ngân sách tỉnh và ngược lại
    Cho văn bản "KH Sở VHTTDL" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp"
    Và văn bản "KH Cầu Ngang" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp"
    Và văn bản "DT Sở VHTTDL" đã qua các bước "Ký, gửi cơ quan tài chính cùng cấp"
    Và văn bản "DT Cầu Ngang" đã qua các bước "Ký, gửi cơ quan tài chính cùng cấp"
    Khi "tckh.caungang.tv" thực hiện "Tiếp nhận, thẩm định" văn bản "DT Sở VHTTDL"
    Thì thao tác bị từ chối vì sai đơn vị
    Khi "cv.stc.tv" thực hiện "Tiếp nhận, thẩm định" văn bản "DT Cầu Ngang"
    Thì thao tác bị từ chối vì sai đơn vị
    Và "cv.stc.tv" chỉ được thấy các thao tác "Tiếp nhận, thẩm định; Trả lại đơn vị" trên văn bản "DT Sở VHTTDL"
    Và "tckh.caungang.tv" chỉ được thấy các thao tác "Tiếp nhận, thẩm định; Trả lại đơn vị" trên văn bản "DT Cầu Ngang"
    Và "tckh.caungang.tv" không được thực hiện thao tác nào trên văn bản "DT Sở VHTTDL"
    Và "cv.stc.tv" không được thực hiện thao tác nào trên văn bản "DT Cầu Ngang"

  @basis:004_5b944f41a127e280.txt:III.6
  Kịch bản: Lãnh đạo UBND tỉnh không bố trí kinh phí cho dự toán của huyện; Chủ tịch huyện không bố trí cho Sở
    Cho văn bản "KH Sở VHTTDL" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp → Tổng hợp, trình cấp có thẩm quyền → Phê duyệt"
    Và văn bản "KH Cầu Ngang" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp → Tổng hợp, trình cấp có thẩm quyền → Phê duyệt"
    Và văn bản "DT Sở VHTTDL" đã qua các bước "Ký, gửi cơ quan tài chính cùng cấp → Tiếp nhận, thẩm định → Thẩm định, đề xuất bố trí"
    Và văn bản "DT Cầu Ngang" đã qua các bước "Ký, gửi cơ quan tài chính cùng cấp → Tiếp nhận, thẩm định → Thẩm định, đề xuất bố trí"
    Khi "pct.ubnd.tv" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Cầu Ngang" với "Kinh phí bố trí" là "100.000.000"
    Thì thao tác bị từ chối vì sai đơn vị
    Khi "ct.caungang.tv" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Sở VHTTDL" với "Kinh phí bố trí" là "100.000.000"
    Thì thao tác bị từ chối vì sai đơn vị
    Và văn bản "DT Sở VHTTDL" ở trạng thái "Đã thẩm định, trình bố trí"
    Và văn bản "DT Cầu Ngang" ở trạng thái "Đã thẩm định, trình bố trí"

  @basis:004_5b944f41a127e280.txt:III.10
  Kịch bản: Dự toán gửi kèm kế hoạch: kế hoạch chưa gửi cơ quan tài chính thì chưa gửi được dự toán
    Khi "ld.svhttdl.tv" thực hiện "Ký, gửi cơ quan tài chính cùng cấp" văn bản "DT Sở VHTTDL"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "đang ở trạng thái «Dự thảo»"
    Và văn bản "DT Sở VHTTDL" không có thay đổi nào
    Cho văn bản "KH Sở VHTTDL" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp"
    Khi "ld.svhttdl.tv" thực hiện "Ký, gửi cơ quan tài chính cùng cấp" văn bản "DT Sở VHTTDL"
    Thì văn bản "DT Sở VHTTDL" ở trạng thái "Đã gửi cơ quan tài chính cùng cấp"

  @basis:004_5b944f41a127e280.txt:III.6
  Kịch bản: Kế hoạch chưa được phê duyệt thì chưa bố trí kinh phí
    Cho văn bản "KH Sở VHTTDL" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp → Tổng hợp, trình cấp có thẩm quyền"
    Và văn bản "DT Sở VHTTDL" đã qua các bước "Ký, gửi cơ quan tài chính cùng cấp → Tiếp nhận, thẩm định → Thẩm định, đề xuất bố trí"
    Khi "pct.ubnd.tv" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Sở VHTTDL" với "Kinh phí bố trí" là "400.000.000"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "cần Đã được phê duyệt"
    Và văn bản "DT Sở VHTTDL" không có thay đổi nào
    Cho "pct.ubnd.tv" đã thực hiện "Phê duyệt" văn bản "KH Sở VHTTDL"
    Khi "pct.ubnd.tv" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Sở VHTTDL" với "Kinh phí bố trí" là "400.000.000"
    Thì văn bản "DT Sở VHTTDL" ở trạng thái "Đã bố trí kinh phí"

  @basis:004_5b944f41a127e280.txt:III.6
  Kịch bản: Sở Tài chính không thẩm định cao hơn số đơn vị đề nghị
    Cho văn bản "KH Sở VHTTDL" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp"
    Và văn bản "DT Sở VHTTDL" đã qua các bước "Ký, gửi cơ quan tài chính cùng cấp → Tiếp nhận, thẩm định"
    Khi "cv.stc.tv" thực hiện "Thẩm định, đề xuất bố trí" văn bản "DT Sở VHTTDL" với nội dung:
      | Kinh phí thẩm định                            | 520.000.000                 |
      | Ý kiến thẩm định (khả năng cân đối ngân sách) | Đủ khả năng cân đối         |
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "vượt quá «Kinh phí đề nghị» (500.000.000 đ)"
    Và văn bản "DT Sở VHTTDL" vẫn ở trạng thái "Đang thẩm định"

  @basis:004_5b944f41a127e280.txt:III.6
  Kịch bản: Kinh phí bố trí không vượt kinh phí đã thẩm định
    Cho văn bản "KH Sở VHTTDL" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp → Tổng hợp, trình cấp có thẩm quyền → Phê duyệt"
    Và văn bản "DT Sở VHTTDL" đã qua các bước "Ký, gửi cơ quan tài chính cùng cấp → Tiếp nhận, thẩm định"
    Và "cv.stc.tv" đã thực hiện "Thẩm định, đề xuất bố trí" văn bản "DT Sở VHTTDL" với nội dung:
      | Kinh phí thẩm định                            | 450.000.000                 |
      | Ý kiến thẩm định (khả năng cân đối ngân sách) | Giảm ấn phẩm in             |
    Khi "pct.ubnd.tv" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Sở VHTTDL" với "Kinh phí bố trí" là "500.000.000"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "vượt quá «Kinh phí thẩm định» (450.000.000 đ)"
    Và văn bản "DT Sở VHTTDL" vẫn ở trạng thái "Đã thẩm định, trình bố trí"

  @basis:004_5b944f41a127e280.txt:III.6
  Kịch bản: Tổng kinh phí bố trí năm 2024 trên địa bàn tỉnh (tỉnh và huyện) không vượt tổng mức
    Cho trần kinh phí "ttdn_budget" năm 2024 là "600.000.000"
    Và văn bản "KH Sở VHTTDL" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp → Tổng hợp, trình cấp có thẩm quyền → Phê duyệt"
    Và văn bản "KH Cầu Ngang" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp → Tổng hợp, trình cấp có thẩm quyền → Phê duyệt"
    Và văn bản "DT Sở VHTTDL" đã qua các bước "Ký, gửi cơ quan tài chính cùng cấp → Tiếp nhận, thẩm định → Thẩm định, đề xuất bố trí → Quyết định bố trí kinh phí"
    Và văn bản "DT Cầu Ngang" đã qua các bước "Ký, gửi cơ quan tài chính cùng cấp → Tiếp nhận, thẩm định → Thẩm định, đề xuất bố trí"
    Khi "ct.caungang.tv" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Cầu Ngang" với "Kinh phí bố trí" là "150.000.000"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "vượt trần 600.000.000 đ"
    Khi "ct.caungang.tv" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Cầu Ngang" với "Kinh phí bố trí" là "100.000.000"
    Thì văn bản "DT Cầu Ngang" ở trạng thái "Đã bố trí kinh phí"
    Và "Kinh phí bố trí" của văn bản "DT Sở VHTTDL" là "500.000.000"

  @basis:004_5b944f41a127e280.txt:III.6
  Kịch bản: Người thẩm định không tự quyết định bố trí; người ký gửi dự toán cũng không
    Cho văn bản "KH Sở VHTTDL" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp → Tổng hợp, trình cấp có thẩm quyền → Phê duyệt"
    Và văn bản "KH Cầu Ngang" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp → Tổng hợp, trình cấp có thẩm quyền → Phê duyệt"
    Và "cv.stc.tv" có vai trò "approver" tại đơn vị "TV_UBND"
    Và "ct.caungang.tv" có vai trò "unit_head" tại đơn vị "TV_H_CAUNGANG_UBND"
    Và văn bản "DT Sở VHTTDL" đã qua các bước "Ký, gửi cơ quan tài chính cùng cấp → Tiếp nhận, thẩm định"
    Và "cv.stc.tv" đã thực hiện "Thẩm định, đề xuất bố trí" văn bản "DT Sở VHTTDL" với nội dung:
      | Kinh phí thẩm định                            | 450.000.000     |
      | Ý kiến thẩm định (khả năng cân đối ngân sách) | Giảm ấn phẩm in |
    Thì "cv.stc.tv" thấy thao tác "Quyết định bố trí kinh phí" văn bản "DT Sở VHTTDL" bị chặn vì lý do có "«Thẩm định, đề xuất bố trí»"
    Khi "cv.stc.tv" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Sở VHTTDL" với "Kinh phí bố trí" là "450.000.000"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Cho "ct.caungang.tv" đã thực hiện "Ký, gửi cơ quan tài chính cùng cấp" văn bản "DT Cầu Ngang"
    Và văn bản "DT Cầu Ngang" đã qua các bước "Tiếp nhận, thẩm định → Thẩm định, đề xuất bố trí"
    Khi "ct.caungang.tv" thực hiện "Quyết định bố trí kinh phí" văn bản "DT Cầu Ngang" với "Kinh phí bố trí" là "150.000.000"
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "«Ký, gửi cơ quan tài chính cùng cấp»"
    Và văn bản "DT Cầu Ngang" vẫn ở trạng thái "Đã thẩm định, trình bố trí"

  @basis:004_5b944f41a127e280.txt:III.6
  Kịch bản: Sở Tài chính trả lại dự toán phải ghi lý do, đơn vị gửi lại; UBND tỉnh không bố trí phải nêu lý do
    Cho văn bản "KH Sở VHTTDL" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp"
    Và văn bản "DT Sở VHTTDL" đã qua các bước "Ký, gửi cơ quan tài chính cùng cấp → Tiếp nhận, thẩm định"
    Khi "cv.stc.tv" thực hiện "Trả lại đơn vị" văn bản "DT Sở VHTTDL"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cv.stc.tv" thực hiện "Trả lại đơn vị" văn bản "DT Sở VHTTDL" với lý do "Thuyết minh chưa có định mức chi"
    Thì văn bản "DT Sở VHTTDL" ở trạng thái "Trả lại"
    Khi "cv.svhttdl.tv" sửa văn bản "DT Sở VHTTDL", với "Thuyết minh dự toán (nội dung chi, định mức)" là "Hội chợ 250 triệu (định mức theo Thông tư 71/2018/TT-BTC); video 150 triệu; ấn phẩm 100 triệu"
    Và "ld.svhttdl.tv" thực hiện "Ký, gửi cơ quan tài chính cùng cấp" văn bản "DT Sở VHTTDL"
    Thì văn bản "DT Sở VHTTDL" ở trạng thái "Đã gửi cơ quan tài chính cùng cấp"
    Cho văn bản "DT Sở VHTTDL" đã qua các bước "Tiếp nhận, thẩm định → Thẩm định, đề xuất bố trí"
    Khi "pct.ubnd.tv" thực hiện "Không bố trí kinh phí" văn bản "DT Sở VHTTDL"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "pct.ubnd.tv" thực hiện "Không bố trí kinh phí" văn bản "DT Sở VHTTDL" với lý do "Sử dụng nguồn tài chính hợp pháp khác (III.6)"
    Thì văn bản "DT Sở VHTTDL" ở trạng thái "Không bố trí kinh phí"
    Và lịch sử văn bản "DT Sở VHTTDL" ghi "cv.stc.tv" thực hiện "Trả lại đơn vị" với lý do "Thuyết minh chưa có định mức chi"

  @basis:004_5b944f41a127e280.txt:III.6
  Kịch bản: Hai chuyên viên Sở Tài chính cùng lúc tiếp nhận và trả lại một dự toán: chỉ một thao tác được ghi nhận
    Cho "cv2.stc.tv" có vai trò "finance_officer" tại đơn vị "TV_UBND"
    Và văn bản "KH Sở VHTTDL" đã qua các bước "Ký kế hoạch → Gửi cơ quan tài chính cùng cấp"
    Và văn bản "DT Sở VHTTDL" đã qua các bước "Ký, gửi cơ quan tài chính cùng cấp"
    Khi "cv.stc.tv" thực hiện "Tiếp nhận, thẩm định" và "cv2.stc.tv" thực hiện "Trả lại đơn vị" văn bản "DT Sở VHTTDL" cùng lúc trên cùng một phiên bản, với lý do "Ý kiến của Sở Tài chính"
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và chuỗi lịch sử kiểm tra hợp lệ
