# language: vi
Tính năng: Kế hoạch hoạt động thông tin đối ngoại năm của huyện, thành phố (Lai Châu 2015)
  Chỉ thị 000_3e448a72fac77645.txt, điểm 10: Ủy ban nhân dân các huyện, thành phố "Hàng năm xây
  dựng và tổ chức thực hiện Kế hoạch hoạt động thông tin đối ngoại của đơn vị, gửi Sở Thông tin và
  Truyền thông để theo dõi".
  Khác với Kon Tum 2013: Sở Thông tin và Truyền thông chỉ tiếp nhận "để theo dõi", không xem xét,
  không trả lại, không phê duyệt; kế hoạch do chính UBND huyện ký ban hành. Huyện tự thu hồi kế
  hoạch đã gửi (có lý do) nếu cần điều chỉnh. Chỉ thị không nêu thời hạn gửi kế hoạch.

  Bối cảnh:
    Cho tỉnh được thiết lập theo bộ quy trình "lai_chau_2015"
    Và hôm nay là ngày 16/03/2015
    Và "cv.phongtho.lc15" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "LC15_H_PHONGTHO" năm 2015, gọi là "KH Phong Thổ", với nội dung:
      | Mục đích, yêu cầu và nội dung chủ yếu | Thông tin đối ngoại tại khu vực cửa khẩu Ma Lù Thàng |
      | Số, ký hiệu Kế hoạch                  | 112/KH-UBND                                          |

  @basis:000_3e448a72fac77645.txt:10
  Kịch bản: Huyện ký ban hành kế hoạch, gửi Sở Thông tin và Truyền thông và Sở tiếp nhận để theo dõi
    Thì văn bản "KH Phong Thổ" ở trạng thái "Dự thảo"
    Khi "ld.phongtho.lc15" thực hiện "Ký ban hành kế hoạch" văn bản "KH Phong Thổ"
    Thì văn bản "KH Phong Thổ" ở trạng thái "Đã ký ban hành"
    Khi "cv.phongtho.lc15" thực hiện "Gửi Sở Thông tin và Truyền thông để theo dõi" văn bản "KH Phong Thổ"
    Thì văn bản "KH Phong Thổ" ở trạng thái "Đã gửi Sở Thông tin và Truyền thông để theo dõi"
    Khi "cv.stttt.lc15" thực hiện "Tiếp nhận để theo dõi" văn bản "KH Phong Thổ" với lý do "Đã vào sổ theo dõi"
    Thì văn bản "KH Phong Thổ" ở trạng thái "Đã tiếp nhận (để theo dõi)"
    Và "Số, ký hiệu Kế hoạch" của văn bản "KH Phong Thổ" là "112/KH-UBND"
    Và "cv.stttt.lc15" không được thực hiện thao tác nào trên văn bản "KH Phong Thổ"
    Và "ld.phongtho.lc15" không được thực hiện thao tác nào trên văn bản "KH Phong Thổ"
    Và lịch sử văn bản "KH Phong Thổ" ghi "ld.phongtho.lc15" thực hiện "Ký ban hành kế hoạch"
    Và lịch sử văn bản "KH Phong Thổ" ghi "cv.stttt.lc15" thực hiện "Tiếp nhận để theo dõi" với lý do "Đã vào sổ theo dõi"
    Và chuỗi lịch sử kiểm tra hợp lệ

  @basis:000_3e448a72fac77645.txt:10
  Kịch bản: Kế hoạch gửi "để theo dõi": Sở Thông tin và Truyền thông không có thao tác trả lại hay phê duyệt
    Khi "ld.phongtho.lc15" thực hiện "Ký ban hành kế hoạch" văn bản "KH Phong Thổ"
    Và "cv.phongtho.lc15" thực hiện "Gửi Sở Thông tin và Truyền thông để theo dõi" văn bản "KH Phong Thổ"
    Thì "cv.stttt.lc15" chỉ được thấy các thao tác "Tiếp nhận để theo dõi" trên văn bản "KH Phong Thổ"
    Và "ld.stttt.lc15" không được thực hiện thao tác nào trên văn bản "KH Phong Thổ"
    Và "pct.ubnd.lc15" không được thực hiện thao tác nào trên văn bản "KH Phong Thổ"
    Và "ld.phongtho.lc15" chỉ được thấy các thao tác "Thu hồi kế hoạch đã gửi để điều chỉnh" trên văn bản "KH Phong Thổ"
    Và "cv.phongtho.lc15" không được thực hiện thao tác nào trên văn bản "KH Phong Thổ"

  @basis:000_3e448a72fac77645.txt:10
  Kịch bản: Huyện thu hồi kế hoạch đã gửi phải ghi lý do, điều chỉnh rồi ký và gửi lại
    Cho văn bản "KH Phong Thổ" đã qua các bước "Ký ban hành kế hoạch → Gửi Sở Thông tin và Truyền thông để theo dõi"
    Khi "ld.phongtho.lc15" thực hiện "Thu hồi kế hoạch đã gửi để điều chỉnh" văn bản "KH Phong Thổ"
    Thì thao tác bị từ chối vì phải ghi lý do
    Và văn bản "KH Phong Thổ" không có thay đổi nào
    Khi "ld.phongtho.lc15" thực hiện "Thu hồi kế hoạch đã gửi để điều chỉnh" văn bản "KH Phong Thổ" với lý do "Bổ sung nội dung phối hợp với Bộ đội Biên phòng theo điểm 9"
    Thì văn bản "KH Phong Thổ" ở trạng thái "Dự thảo"
    Khi "cv.phongtho.lc15" sửa văn bản "KH Phong Thổ", với "Các hoạt động thông tin đối ngoại dự kiến" là "Pano tại cửa khẩu; phối hợp Đồn Biên phòng cửa khẩu Ma Lù Thàng"
    Và "ld.phongtho.lc15" thực hiện "Ký ban hành kế hoạch" văn bản "KH Phong Thổ"
    Và "cv.phongtho.lc15" thực hiện "Gửi Sở Thông tin và Truyền thông để theo dõi" văn bản "KH Phong Thổ"
    Và "cv.stttt.lc15" thực hiện "Tiếp nhận để theo dõi" văn bản "KH Phong Thổ"
    Thì văn bản "KH Phong Thổ" ở trạng thái "Đã tiếp nhận (để theo dõi)"
    Và "Các hoạt động thông tin đối ngoại dự kiến" của văn bản "KH Phong Thổ" là "Pano tại cửa khẩu; phối hợp Đồn Biên phòng cửa khẩu Ma Lù Thàng"
    Và lịch sử văn bản "KH Phong Thổ" ghi "ld.phongtho.lc15" thực hiện "Thu hồi kế hoạch đã gửi để điều chỉnh" với lý do "Bổ sung nội dung phối hợp với Bộ đội Biên phòng theo điểm 9"

  @basis:000_3e448a72fac77645.txt:10
  Kịch bản: Sở đã tiếp nhận thì huyện không thu hồi được nữa
    Cho văn bản "KH Phong Thổ" đã qua các bước "Ký ban hành kế hoạch → Gửi Sở Thông tin và Truyền thông để theo dõi → Tiếp nhận để theo dõi"
    Khi "ld.phongtho.lc15" thực hiện "Thu hồi kế hoạch đã gửi để điều chỉnh" văn bản "KH Phong Thổ" với lý do "Điều chỉnh kinh phí"
    Thì thao tác bị từ chối vì không thực hiện được ở trạng thái hiện tại
    Và văn bản "KH Phong Thổ" vẫn ở trạng thái "Đã tiếp nhận (để theo dõi)"

  @basis:000_3e448a72fac77645.txt:10
  Kịch bản: Chuyên viên không ký thay lãnh đạo; huyện khác không ký, không lập hộ; sở khác không tiếp nhận thay Sở Thông tin và Truyền thông
    Cho "cv.sngv.lc15" có vai trò "coordinator" tại đơn vị "LC15_SNGV"
    Khi "cv.phongtho.lc15" thực hiện "Ký ban hành kế hoạch" văn bản "KH Phong Thổ"
    Thì thao tác bị từ chối vì sai vai trò
    Khi "ld.muongte.lc15" thực hiện "Ký ban hành kế hoạch" văn bản "KH Phong Thổ"
    Thì thao tác bị từ chối vì sai đơn vị
    Khi "cv.muongte.lc15" lập "Kế hoạch hoạt động thông tin đối ngoại năm của đơn vị" của đơn vị "LC15_H_PHONGTHO" năm 2015, gọi là "KH lập hộ"
    Thì thao tác bị từ chối vì sai đơn vị
    Cho văn bản "KH Phong Thổ" đã qua các bước "Ký ban hành kế hoạch → Gửi Sở Thông tin và Truyền thông để theo dõi"
    Khi "cv.sngv.lc15" thực hiện "Tiếp nhận để theo dõi" văn bản "KH Phong Thổ"
    Thì thao tác bị từ chối vì sai đơn vị
    Khi "cv.muongte.lc15" thực hiện "Tiếp nhận để theo dõi" văn bản "KH Phong Thổ"
    Thì thao tác bị từ chối vì sai vai trò
    Và văn bản "KH Phong Thổ" ở trạng thái "Đã gửi Sở Thông tin và Truyền thông để theo dõi"

  @basis:000_3e448a72fac77645.txt:10
  Kịch bản: Chỉ thị năm 2015 không đặt hạn gửi kế hoạch nên kế hoạch của huyện không bị tính quá hạn
    Thì văn bản "KH Phong Thổ" không có hạn xử lý
    Khi "ld.phongtho.lc15" thực hiện "Ký ban hành kế hoạch" văn bản "KH Phong Thổ"
    Thì văn bản "KH Phong Thổ" không có hạn xử lý
    Và không có văn bản nào quá hạn vào ngày 31/12/2015

  @basis:000_3e448a72fac77645.txt:10
  Kịch bản: Chủ tịch huyện đi công tác, Phó Chủ tịch được ủy quyền ký ban hành trong thời hạn ủy quyền
    Cho "ld.phongtho.lc15" ủy quyền vai trò "Lãnh đạo đơn vị" tại đơn vị "LC15_H_PHONGTHO" cho "pct.phongtho.lc15" từ ngày 02/03/2015 đến ngày 31/03/2015
    Thì "pct.phongtho.lc15" chỉ được thấy các thao tác "Ký ban hành kế hoạch" trên văn bản "KH Phong Thổ" vào ngày 20/03/2015
    Khi "pct.phongtho.lc15" thực hiện "Ký ban hành kế hoạch" văn bản "KH Phong Thổ" vào ngày 20/03/2015
    Thì văn bản "KH Phong Thổ" ở trạng thái "Đã ký ban hành"
    Và lịch sử văn bản "KH Phong Thổ" ghi "pct.phongtho.lc15" thực hiện "Ký ban hành kế hoạch" thay mặt "ld.phongtho.lc15"

  @basis:000_3e448a72fac77645.txt:10
  Kịch bản: Ủy quyền đã hết hạn thì Phó Chủ tịch huyện không còn ký thay được
    Cho "ld.phongtho.lc15" ủy quyền vai trò "unit_head" tại đơn vị "LC15_H_PHONGTHO" cho "pct.phongtho.lc15" từ ngày 02/03/2015 đến ngày 31/03/2015
    Khi "pct.phongtho.lc15" thực hiện "Ký ban hành kế hoạch" văn bản "KH Phong Thổ" vào ngày 01/04/2015
    Thì thao tác bị từ chối vì ủy quyền đã hết hạn
    Và lý do từ chối có "31/03/2015"
    Và văn bản "KH Phong Thổ" không có thay đổi nào
    Và "pct.phongtho.lc15" không được thực hiện thao tác nào trên văn bản "KH Phong Thổ" vào ngày 01/04/2015

  @basis:000_3e448a72fac77645.txt:10
  Kịch bản: Sở tiếp nhận và huyện thu hồi cùng lúc trên cùng một phiên bản: chỉ một thao tác được ghi nhận
    Cho văn bản "KH Phong Thổ" đã qua các bước "Ký ban hành kế hoạch → Gửi Sở Thông tin và Truyền thông để theo dõi"
    Khi "cv.stttt.lc15" thực hiện "Tiếp nhận để theo dõi" và "ld.phongtho.lc15" thực hiện "Thu hồi kế hoạch đã gửi để điều chỉnh" văn bản "KH Phong Thổ" cùng lúc trên cùng một phiên bản, với lý do "Ý kiến của đơn vị"
    Thì một người thành công và người kia nhận thông báo văn bản đã bị thay đổi
    Và chuỗi lịch sử kiểm tra hợp lệ
