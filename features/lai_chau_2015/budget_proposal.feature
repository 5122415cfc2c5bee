# language: vi
Tính năng: Đề xuất bố trí ngân sách thông tin đối ngoại của tỉnh (Lai Châu 2015)
  Chỉ thị 000_3e448a72fac77645.txt, điểm 7: Sở Tài chính "Chủ trì, phối hợp với Sở Thông tin và
  Truyền thông, các cơ quan liên quan tham mưu UBND tỉnh bố trí, đảm bảo ngân sách cho hoạt động
  thông tin đối ngoại hàng năm".
  Chỉ thị không có dự toán của từng đơn vị: Sở Tài chính lập một đề xuất bố trí ngân sách TTĐN
  của tỉnh (đầu năm hoặc bổ sung), lấy ý kiến Sở Thông tin và Truyền thông, lãnh đạo Sở ký tờ
  trình, UBND tỉnh quyết định. Mức kinh phí TTĐN dự kiến trong dự toán ngân sách tỉnh năm 2015
  là 1.500.000.000 đ.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "lai_chau_2015"
    Và hôm nay là ngày 10/02/2015
    Và "cv.stc.lc15" lập "Đề xuất bố trí ngân sách thông tin đối ngoại của tỉnh" của đơn vị "LC15_STC" năm 2015, gọi là "ĐX đầu năm", với nội dung:
      | Loại đề xuất                                       | Bố trí dự toán đầu năm                                    |
      | Kinh phí đề xuất                                   | 1.200.000.000                                             |
      | Thuyết minh (nhiệm vụ, đơn vị thực hiện, kinh phí) | Sở TT&TT 400 triệu; Sở Ngoại vụ 250 triệu; Sở VHTTDL 300 triệu; báo, đài 250 triệu |

  @basis:000_3e448a72fac77645.txt:7
  Kịch bản: Sở Tài chính lấy ý kiến Sở Thông tin và Truyền thông, trình UBND tỉnh và UBND tỉnh bố trí kinh phí
    Thì văn bản "ĐX đầu năm" ở trạng thái "Dự thảo"
    Khi "cv.stc.lc15" thực hiện "Gửi lấy ý kiến Sở Thông tin và Truyền thông" văn bản "ĐX đầu năm"
    Thì văn bản "ĐX đầu năm" ở trạng thái "Đang lấy ý kiến Sở Thông tin và Truyền thông"
    Khi "cv.stttt.lc15" thực hiện "Cho ý kiến thống nhất" văn bản "ĐX đầu năm" với "Ý kiến của Sở Thông tin và Truyền thông" là "Thống nhất; phù hợp dự thảo Kế hoạch TTĐN năm 2015 của tỉnh"
    Thì văn bản "ĐX đầu năm" ở trạng thái "Đã có ý kiến Sở Thông tin và Truyền thông"
    Khi "ld.stc.lc15" thực hiện "Ký tờ trình, trình UBND tỉnh" văn bản "ĐX đầu năm" với "Số tờ trình trình UBND tỉnh" là "52/TTr-STC"
    Thì văn bản "ĐX đầu năm" ở trạng thái "Đã trình UBND tỉnh"
    Khi "pct.ubnd.lc15" thực hiện "Quyết định bố trí kinh phí" văn bản "ĐX đầu năm" với nội dung:
      | Kinh phí được bố trí           | 1.100.000.000 |
      | Số quyết định bố trí kinh phí  | 455/QĐ-UBND   |
    Thì văn bản "ĐX đầu năm" ở trạng thái "UBND tỉnh đã bố trí kinh phí"
    Và "Kinh phí được bố trí" của văn bản "ĐX đầu năm" là "1.100.000.000"
    Và "Ý kiến của Sở Thông tin và Truyền thông" của văn bản "ĐX đầu năm" là "Thống nhất; phù hợp dự thảo Kế hoạch TTĐN năm 2015 của tỉnh"
    Và "pct.ubnd.lc15" không được thực hiện thao tác nào trên văn bản "ĐX đầu năm"
    Và lịch sử văn bản "ĐX đầu năm" ghi "cv.stttt.lc15" thực hiện "Cho ý kiến thống nhất"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:000_3e448a72fac77645.txt:7
  Kịch bản: Sở Thông tin và Truyền thông đề nghị điều chỉnh phải nêu lý do; Sở Tài chính điều chỉnh và lấy ý kiến lại
    Cho văn bản "ĐX đầu năm" đã qua các bước "Gửi lấy ý kiến Sở Thông tin và Truyền thông"
    Khi "cv.stttt.lc15" thực hiện "Đề nghị điều chỉnh đề xuất" văn bản "ĐX đầu năm"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "cv.stttt.lc15" thực hiện "Đề nghị điều chỉnh đề xuất" văn bản "ĐX đầu năm" với lý do "Bổ sung kinh phí tập huấn TTĐN cho cán bộ cấp huyện theo điểm 1"
    Thì văn bản "ĐX đầu năm" ở trạng thái "Trả lại để hoàn thiện"
    Khi "cv.stc.lc15" sửa văn bản "ĐX đầu năm", với "Kinh phí đề xuất" là "1.300.000.000"
    Và "cv.stc.lc15" thực hiện "Gửi lấy ý kiến Sở Thông tin và Truyền thông" văn bản "ĐX đầu năm"
    Và "cv.stttt.lc15" thực hiện "Cho ý kiến thống nhất" văn bản "ĐX đầu năm" với "Ý kiến của Sở Thông tin và Truyền thông" là "Thống nhất sau khi đã bổ sung kinh phí tập huấn"
    Thì văn bản "ĐX đầu năm" ở trạng thái "Đã có ý kiến Sở Thông tin và Truyền thông"
    Và "Kinh phí đề xuất" của văn bản "ĐX đầu năm" là "1.300.000.000"
    Và lịch sử văn bản "ĐX đầu năm" ghi "cv.stttt.lc15" thực hiện "Đề nghị điều chỉnh đề xuất" với lý do "Bổ sung kinh phí tập huấn TTĐN cho cán bộ cấp huyện theo điểm 1"

  @basis:000_3e448a72fac77645.txt:7
  Kịch bản: UBND tỉnh trả lại đề xuất phải nêu lý do; Sở Tài chính hoàn thiện, lấy lại ý kiến và trình lại
    Cho văn bản "ĐX đầu năm" đã qua các bước "Gửi lấy ý kiến Sở Thông tin và Truyền thông → Cho ý kiến thống nhất → Ký tờ trình, trình UBND tỉnh"
    Khi "pct.ubnd.lc15" thực hiện "Trả lại, yêu cầu hoàn thiện" văn bản "ĐX đầu năm"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "pct.ubnd.lc15" thực hiện "Trả lại, yêu cầu hoàn thiện" văn bản "ĐX đầu năm" với lý do "Phân kỳ kinh phí theo quý"
    Thì văn bản "ĐX đầu năm" ở trạng thái "Trả lại để hoàn thiện"
    Và "ld.stc.lc15" không được thực hiện thao tác nào trên văn bản "ĐX đầu năm"
    Và "cv.stc.lc15" chỉ được thấy các thao tác "Gửi lấy ý kiến Sở Thông tin và Truyền thông" trên văn bản "ĐX đầu năm"
    Cho văn bản "ĐX đầu năm" đã qua các bước "Gửi lấy ý kiến Sở Thông tin và Truyền thông → Cho ý kiến thống nhất → Ký tờ trình, trình UBND tỉnh"
    Khi "pct.ubnd.lc15" thực hiện "Quyết định bố trí kinh phí" văn bản "ĐX đầu năm" với nội dung:
      | Kinh phí được bố trí          | 1.200.000.000 |
      | Số quyết định bố trí kinh phí | 455/QĐ-UBND   |
    Thì văn bản "ĐX đầu năm" ở trạng thái "UBND tỉnh đã bố trí kinh phí"
    Và lịch sử văn bản "ĐX đầu năm" ghi "pct.ubnd.lc15" thực hiện "Trả lại, yêu cầu hoàn thiện" với lý do "Phân kỳ kinh phí theo quý"

  @basis:000_3e448a72fac77645.txt:7
  Kịch bản: UBND tỉnh không bố trí kinh phí bổ sung phải nêu lý do
    Cho "cv.stc.lc15" lập "Đề xuất bố trí ngân sách thông tin đối ngoại của tỉnh" của đơn vị "LC15_STC" năm 2015, gọi là "ĐX bổ sung", với "Loại đề xuất" là "Bổ sung trong năm"
    Và văn bản "ĐX bổ sung" đã qua các bước "Gửi lấy ý kiến Sở Thông tin và Truyền thông → Cho ý kiến thống nhất → Ký tờ trình, trình UBND tỉnh"
    Khi "pct.ubnd.lc15" thực hiện "Không bố trí kinh phí" văn bản "ĐX bổ sung"
    Thì thao tác bị từ chối vì phải ghi lý do
    Khi "pct.ubnd.lc15" thực hiện "Không bố trí kinh phí" văn bản "ĐX bổ sung" với lý do "Sử dụng kinh phí đã giao đầu năm và nguồn xã hội hóa"
    Thì văn bản "ĐX bổ sung" ở trạng thái "Không bố trí kinh phí"
    Và "Loại đề xuất" của văn bản "ĐX bổ sung" là "Bổ sung trong năm"
    Và "cv.stc.lc15" không được thực hiện thao tác nào trên văn bản "ĐX bổ sung"

  @basis:000_3e448a72fac77645.txt:7
  Kịch bản: UBND tỉnh không bố trí cao hơn số Sở Tài chính đề xuất
    Cho văn bản "ĐX đầu năm" đã qua các bước "Gửi lấy ý kiến Sở Thông tin và Truyền thông → Cho ý kiến thống nhất → Ký tờ trình, trình UBND tỉnh"
    Khi "pct.ubnd.lc15" thực hiện "Quyết định bố trí kinh phí" văn bản "ĐX đầu năm" với nội dung:
      | Kinh phí được bố trí          | 1.250.000.000 |
      | Số quyết định bố trí kinh phí | 455/QĐ-UBND   |
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "vượt quá «Kinh phí đề xuất» (1.200.000.000 đ)"
    Và văn bản "ĐX đầu năm" không có thay đổi nào

  @basis:000_3e448a72fac77645.txt:7
  Kịch bản: Tổng kinh phí bố trí trong năm không vượt mức dự kiến cho thông tin đối ngoại
    Cho "cv.stc.lc15" lập "Đề xuất bố trí ngân sách thông tin đối ngoại của tỉnh" của đơn vị "LC15_STC" năm 2015, gọi là "ĐX bổ sung", với nội dung:
      | Loại đề xuất     | Bổ sung trong năm |
      | Kinh phí đề xuất | 500.000.000       |
    Và văn bản "ĐX đầu năm" đã qua các bước "Gửi lấy ý kiến Sở Thông tin và Truyền thông → Cho ý kiến thống nhất → Ký tờ trình, trình UBND tỉnh"
    Và "pct.ubnd.lc15" đã thực hiện "Quyết định bố trí kinh phí" văn bản "ĐX đầu năm" với nội dung:
      | Kinh phí được bố trí          | 1.100.000.000 |
      | Số quyết định bố trí kinh phí | 455/QĐ-UBND   |
    Và văn bản "ĐX bổ sung" đã qua các bước "Gửi lấy ý kiến Sở Thông tin và Truyền thông → Cho ý kiến thống nhất → Ký tờ trình, trình UBND tỉnh"
    Khi "pct.ubnd.lc15" thực hiện "Quyết định bố trí kinh phí" văn bản "ĐX bổ sung" với nội dung:
      | Kinh phí được bố trí          | 500.000.000  |
      | Số quyết định bố trí kinh phí | 1020/QĐ-UBND |
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và lý do từ chối có "vượt trần 1.500.000.000 đ"
    Và văn bản "ĐX bổ sung" vẫn ở trạng thái "Đã trình UBND tỉnh"
    Khi "pct.ubnd.lc15" thực hiện "Quyết định bố trí kinh phí" văn bản "ĐX bổ sung" với nội dung:
      | Kinh phí được bố trí          | 400.000.000  |
      | Số quyết định bố trí kinh phí | 1020/QĐ-UBND |
    Thì văn bản "ĐX bổ sung" ở trạng thái "UBND tỉnh đã bố trí kinh phí"

  @basis:000_3e448a72fac77645.txt:7
  Kịch bản: Người ký tờ trình không tự quyết định bố trí kinh phí
    Cho "ld.stc.lc15" có vai trò "Lãnh đạo UBND tỉnh" tại đơn vị "LC15_UBND"
    Và văn bản "ĐX đầu năm" đã qua các bước "Gửi lấy ý kiến Sở Thông tin và Truyền thông → Cho ý kiến thống nhất"
    Và "ld.stc.lc15" đã thực hiện "Ký tờ trình, trình UBND tỉnh" văn bản "ĐX đầu năm" với "Số tờ trình trình UBND tỉnh" là "52/TTr-STC"
    Thì "ld.stc.lc15" thấy thao tác "Quyết định bố trí kinh phí" văn bản "ĐX đầu năm" bị chặn vì lý do có "«Ký tờ trình, trình UBND tỉnh»"
    Khi "ld.stc.lc15" thực hiện "Quyết định bố trí kinh phí" văn bản "ĐX đầu năm" với nội dung:
      | Kinh phí được bố trí          | 1.000.000.000 |
      | Số quyết định bố trí kinh phí | 455/QĐ-UBND   |
    Thì thao tác bị từ chối vì chưa đủ điều kiện
    Và văn bản "ĐX đầu năm" vẫn ở trạng thái "Đã trình UBND tỉnh"

  @basis:000_3e448a72fac77645.txt:7
  Kịch bản: Chỉ Sở Tài chính lập và trình đề xuất; chỉ Sở Thông tin và Truyền thông cho ý kiến
    Cho "cv.sngv.lc15" có vai trò "coordinator" tại đơn vị "LC15_SNGV"
    Khi "cv.stttt.lc15" thực hiện "Gửi lấy ý kiến Sở Thông tin và Truyền thông" văn bản "ĐX đầu năm"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "cv.stttt.lc15" lập "Đề xuất bố trí ngân sách thông tin đối ngoại của tỉnh" của đơn vị "LC15_STTTT" năm 2015, gọi là "ĐX của Sở TT&TT"
    Thì thao tác bị từ chối vì sai vai trò
    Cho "cv.stc.lc15" đã thực hiện "Gửi lấy ý kiến Sở Thông tin và Truyền thông" văn bản "ĐX đầu năm"
    Khi "ld.stc.lc15" thực hiện "Cho ý kiến thống nhất" văn bản "ĐX đầu năm" với "Ý kiến của Sở Thông tin và Truyền thông" là "Tự cho ý kiến"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "cv.sngv.lc15" thực hiện "Cho ý kiến thống nhất" văn bản "ĐX đầu năm" với "Ý kiến của Sở Thông tin và Truyền thông" là "Thống nhất"
    Thì thao tác bị từ chối vì sai đơn vị
    Và văn bản "ĐX đầu năm" ở trạng thái "Đang lấy ý kiến Sở Thông tin và Truyền thông"
    Và "cv.sngv.lc15" không được thực hiện thao tác nào trên văn bản "ĐX đầu năm"
    Và "ld.stc.lc15" không được thực hiện thao tác nào trên văn bản "ĐX đầu năm"

  @basis:000_3e448a72fac77645.txt:7
  Kịch bản: Hai lãnh đạo UBND tỉnh cùng lúc trả lại và từ chối đề xuất: chỉ một ý kiến được ghi nhận
    Cho "ct.ubnd.lc15" có vai trò "approver" tại đơn vị "LC15_UBND"
    Và văn bản "ĐX đầu năm" đã qua các bước "Gửi lấy ý kiến Sở Thông tin và Truyền thông → Cho ý kiến thống nhất → Ký tờ trình, trình UBND tỉnh"
    Khi "pct.ubnd.lc15" thực hiện "Trả lại, yêu cầu hoàn thiện" và "ct.ubnd.lc15" thực hiện "Không bố trí kinh phí" văn bản "ĐX đầu năm" cùng lúc trên cùng một phiên bản, với lý do "Ý kiến của lãnh đạo UBND tỉnh"
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và chuỗi lịch sử kiểm tra hợp lệ
