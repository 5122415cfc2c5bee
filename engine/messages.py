"""User-facing texts, Vietnamese first.

Every message an officer can see is a key here with a Vietnamese and an English
text.  Errors and guard refusals carry a `Message` (key + parameters) and are
rendered in the reader's language at the edge (CLI, web, API).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TEXTS: dict[str, dict[str, str]] = {
    # --- errors of the one write path -------------------------------------
    "not_found": {
        "vi": "Không tìm thấy {what} «{ref}».",
        "en": "{what} “{ref}” not found.",
    },
    "not_allowed_from_state": {
        "vi": "Không thể thực hiện «{action}» khi văn bản đang ở trạng thái «{state}».",
        "en": "“{action}” is not possible while the document is “{state}”.",
    },
    "unknown_action": {
        "vi": "Thao tác «{action}» không có trong quy trình «{type}».",
        "en": "Action “{action}” does not exist in workflow “{type}”.",
    },
    "system_action": {
        "vi": "Thao tác «{action}» chỉ do hệ thống thực hiện.",
        "en": "“{action}” is performed by the system only.",
    },
    "wrong_role": {
        "vi": "Cần vai trò {roles} để thực hiện «{action}».",
        "en": "“{action}” needs the role {roles}.",
    },
    "wrong_unit": {
        "vi": "Vai trò {roles} của bạn không thuộc đơn vị có thẩm quyền ({scope}) "
        "đối với văn bản này.",
        "en": "Your role {roles} is not held in the unit entitled to act ({scope}) "
        "on this document.",
    },
    "user_inactive": {
        "vi": "Tài khoản «{user}» đã bị khóa.",
        "en": "Account “{user}” is disabled.",
    },
    "stale_document": {
        "vi": "Văn bản đã được người khác thay đổi (phiên bản {seen} → {current}). "
        "Vui lòng tải lại trước khi thao tác.",
        "en": "Someone changed this document (version {seen} → {current}). "
        "Reload it before acting.",
    },
    "comment_required": {
        "vi": "Thao tác «{action}» bắt buộc phải ghi lý do.",
        "en": "“{action}” requires a reason.",
    },
    "missing_fields": {
        "vi": "Chưa điền: {fields}.",
        "en": "Not filled in: {fields}.",
    },
    "field_not_input": {
        "vi": "Trường «{field}» không được nhập ở bước «{action}».",
        "en": "Field “{field}” cannot be set by “{action}”.",
    },
    "unknown_field": {
        "vi": "Trường «{field}» không có trong loại văn bản «{type}».",
        "en": "Field “{field}” does not exist in document type “{type}”.",
    },
    "bad_field_value": {
        "vi": "Giá trị của «{field}» không hợp lệ: {problem}.",
        "en": "Invalid value for “{field}”: {problem}.",
    },
    "not_editable": {
        "vi": "Không thể sửa văn bản khi đang ở trạng thái «{state}».",
        "en": "The document cannot be edited while it is “{state}”.",
    },
    "already_signed": {
        "vi": "{party} đã cho ý kiến ở bước này.",
        "en": "{party} has already signed off at this step.",
    },
    # The reasons are the error's details, listed once by whoever shows it.
    "guard_failed": {
        "vi": "Chưa đủ điều kiện để «{action}»:",
        "en": "“{action}” cannot proceed yet:",
    },
    "invalid_input": {
        "vi": "Dữ liệu không hợp lệ: {problem}",
        "en": "Invalid input: {problem}",
    },
    "unknown_type": {
        "vi": "Không có loại văn bản «{type}». Các loại: {types}.",
        "en": "There is no document type “{type}”. Types: {types}.",
    },
    "unknown_state": {
        "vi": "Không có trạng thái «{state}». Các trạng thái: {states}.",
        "en": "There is no state “{state}”. States: {states}.",
    },
    "unknown_link": {
        "vi": "Loại văn bản «{type}» không có liên kết «{link}». Các liên kết: {links}.",
        "en": "Document type “{type}” has no link “{link}”. Links: {links}.",
    },
    "link_target_missing": {
        "vi": "Liên kết «{link}»: không tìm thấy văn bản #{id}.",
        "en": "Link “{link}”: document #{id} not found.",
    },
    "link_target_type": {
        "vi": "Liên kết «{link}» phải trỏ tới văn bản loại «{want}»; #{id} là «{got}».",
        "en": "Link “{link}” must point to a “{want}” document; #{id} is a “{got}”.",
    },
    "delegation_expired": {
        "vi": "Ủy quyền của {principal} cho {user} chỉ có hiệu lực từ {start} đến {end}.",
        "en": "{principal}'s delegation to {user} is valid only from {start} to {end}.",
    },
    # --- administration: the organisation, the rules, the admin log ---------
    "admin.bad_value": {
        "vi": "{what} không hợp lệ: {problem}.",
        "en": "Invalid {what}: {problem}.",
    },
    "admin.not_admin": {
        "vi": "«{user}» cần vai trò quản trị (admin) tại đơn vị cấp tỉnh để thay đổi "
        "tổ chức hoặc quy trình.",
        "en": "“{user}” needs the admin role in the province's root unit to change "
        "the organisation or the rules.",
    },
    "admin.username_taken": {
        "vi": "Tên đăng nhập «{user}» trùng với «{existing}» "
        "(không phân biệt chữ hoa, chữ thường).",
        "en": "User name “{user}” clashes with “{existing}” (case is not significant).",
    },
    "admin.password_short": {
        "vi": "Mật khẩu phải có ít nhất {limit} ký tự.",
        "en": "The password must have at least {limit} characters.",
    },
    "admin.unknown_role": {
        "vi": "Vai trò «{role}» không được quy trình nào đã nạp khai báo. Các vai trò: {roles}.",
        "en": "Role “{role}” is declared by no loaded workflow. Roles: {roles}.",
    },
    "admin.unknown_pack": {
        "vi": "Bộ quy trình «{pack}» chưa được nạp. Đã nạp: {packs}.",
        "en": "Pack “{pack}” is not loaded. Loaded: {packs}.",
    },
    "admin.root_pack_change": {
        "vi": "Đơn vị gốc «{code}» thuộc bộ quy trình «{old}», không thể chuyển sang «{new}».",
        "en": "Root unit “{code}” belongs to pack “{old}” and cannot move to “{new}”.",
    },
    "admin.unknown_ceiling": {
        "vi": "Không quy trình nào đã nạp của bộ «{pack}» dùng trần kinh phí «{key}». "
        "Các trần đang dùng: {keys}.",
        "en": "No loaded workflow of pack “{pack}” uses the ceiling “{key}”. "
        "Ceilings in use: {keys}.",
    },
    "admin.role_not_held": {
        "vi": "«{user}» không giữ vai trò «{role}» tại đơn vị «{unit}».",
        "en": "“{user}” does not hold the role “{role}” in unit “{unit}”.",
    },
    "admin.duplicate_unit": {
        "vi": "Mã đơn vị «{code}» xuất hiện hai lần.",
        "en": "Unit code “{code}” appears twice.",
    },
    "admin.self_delegation": {
        "vi": "Không thể tự ủy quyền cho chính mình.",
        "en": "A user cannot delegate to themselves.",
    },
    "admin.delegation_dates": {
        "vi": "Ngày kết thúc ủy quyền ({end}) trước ngày bắt đầu ({start}).",
        "en": "The delegation ends ({end}) before it starts ({start}).",
    },
    "adminlog.gap": {
        "vi": "thiếu mục: cần #{expected}, gặp #{seq}",
        "en": "entries missing: expected #{expected}, found #{seq}",
    },
    "adminlog.link_broken": {
        "vi": "mã băm của mục trước không khớp",
        "en": "the link to the previous entry is broken",
    },
    "adminlog.undecodable": {
        "vi": "cột «{column}» không đọc được (dữ liệu bị sửa ngoài hệ thống)",
        "en": "column “{column}” cannot be read (edited outside the system)",
    },
    "record.damaged": {
        "vi": "Bản ghi {what} {ref} bị hỏng: cột «{column}» không đọc được "
        "(dữ liệu bị sửa ngoài hệ thống). Hãy chạy «ttdn audit verify».",
        "en": "Record {what} {ref} is damaged: column “{column}” cannot be read "
        "(edited outside the system). Run “ttdn audit verify”.",
    },
    "adminlog.hash_mismatch": {
        "vi": "nội dung không khớp với mã băm",
        "en": "content does not match its hash",
    },
    "problem.not_text": {"vi": "phải là văn bản", "en": "must be text"},
    "problem.empty": {"vi": "không được để trống", "en": "must not be empty"},
    "problem.too_long": {
        "vi": "dài quá {limit} ký tự",
        "en": "longer than {limit} characters",
    },
    "problem.control": {
        "vi": "chứa ký tự điều khiển, ký tự ẩn hoặc ký tự đảo chiều",
        "en": "contains control, invisible or bidirectional characters",
    },
    "problem.whitespace": {
        "vi": "không được chứa khoảng trắng",
        "en": "must not contain spaces",
    },
    "problem.not_integer": {
        "vi": "«{value}» không phải số nguyên viết bằng chữ số 0–9",
        "en": "“{value}” is not a whole number written with the digits 0–9",
    },
    "problem.out_of_range": {
        "vi": "phải từ {low} đến {high}",
        "en": "must be from {low} to {high}",
    },
    "problem.not_date": {
        "vi": "«{value}» không phải ngày dạng dd/mm/yyyy",
        "en": "“{value}” is not a date dd/mm/yyyy",
    },
    "problem.date_range": {
        "vi": "phải trong khoảng {low} – {high}",
        "en": "must be between {low} and {high}",
    },
    "problem.bad_code": {
        "vi": "«{value}» chỉ được gồm chữ in hoa A–Z, chữ số và dấu _",
        "en": "“{value}” may contain only capitals A–Z, digits and _",
    },
    # --- the console's answers to administrative commands ---------------
    "cli.units_imported": {
        "vi": "{created} đơn vị tạo mới, {updated} đơn vị thay đổi, {unchanged} không đổi; "
        "{ceilings} mức trần.",
        "en": "{created} unit(s) created, {updated} changed, {unchanged} unchanged; "
        "{ceilings} ceiling(s).",
    },
    "cli.user_added": {
        "vi": "Đã tạo người dùng {user} (mã {id}).",
        "en": "User {user} created (id {id}).",
    },
    "cli.password_needed": {
        "vi": "Cần --password hoặc biến môi trường TTDN_NEW_PASSWORD khi không chạy ở terminal.",
        "en": "--password or TTDN_NEW_PASSWORD is required without a terminal.",
    },
    "cli.password_prompt": {"vi": "Mật khẩu", "en": "Password"},
    "cli.user_disabled": {
        "vi": "Đã khóa tài khoản {user}.",
        "en": "Account {user} disabled.",
    },
    "cli.user_already_disabled": {
        "vi": "Tài khoản {user} đã bị khóa từ trước.",
        "en": "Account {user} was already disabled.",
    },
    "cli.granted": {
        "vi": "Đã giao cho {user} vai trò {role} tại {unit}.",
        "en": "{user} now holds the role {role} in {unit}.",
    },
    "cli.already_granted": {
        "vi": "{user} đã có vai trò {role} tại {unit}.",
        "en": "{user} already holds the role {role} in {unit}.",
    },
    "cli.revoked": {
        "vi": "Đã thu hồi vai trò {role} tại {unit} của {user}.",
        "en": "{user} no longer holds the role {role} in {unit}.",
    },
    "cli.delegated": {
        "vi": "Ủy quyền #{id}: {principal} → {delegate}, vai trò {role} tại {unit}, "
        "từ {start} đến {end}.",
        "en": "Delegation #{id}: {principal} → {delegate}, role {role} in {unit}, "
        "from {start} to {end}.",
    },
    "cli.undelegated": {
        "vi": "Đã thu hồi ủy quyền #{id}.",
        "en": "Delegation #{id} revoked.",
    },
    "cli.coordinator": {"vi": "đầu mối {unit}", "en": "coordinator {unit}"},
    "cli.flag_disabled": {"vi": "khóa", "en": "disabled"},
    "cli.no_delegations": {"vi": "Chưa có ủy quyền nào.", "en": "No delegations."},
    "cli.ceiling_set": {
        "vi": "Trần {pack}/{key} năm {year}: {amount}.",
        "en": "Ceiling {pack}/{key} for {year}: {amount}.",
    },
    "cli.schema_at": {
        "vi": "Lược đồ cơ sở dữ liệu ở phiên bản {revision} ({url})",
        "en": "schema at revision {revision} ({url})",
    },
    "load.created": {"vi": "tạo mới", "en": "created"},
    "load.unchanged": {"vi": "không đổi", "en": "unchanged"},
    "load.reactivated": {"vi": "dùng lại", "en": "reactivated"},
    "diff.new_type": {"vi": "{type}: loại văn bản mới", "en": "{type}: new type"},
    "diff.unchanged": {
        "vi": "{type}: không đổi (v{version})",
        "en": "{type}: unchanged (v{version})",
    },
    "diff.changed": {
        "vi": "{type}: thay đổi so với v{version}; {count} văn bản đang xử lý bị ảnh hưởng",
        "en": "{type}: changed from v{version}; {count} in-flight document(s) affected",
    },
    "diff.state_gone": {
        "vi": "trạng thái «{state}» sẽ không còn",
        "en": "state '{state}' would disappear",
    },
    "diff.action_gone": {
        "vi": "thao tác «{action}» sẽ không còn",
        "en": "action '{action}' would disappear",
    },
    "diff.action_new": {
        "vi": "thao tác «{action}» sẽ xuất hiện",
        "en": "action '{action}' would appear",
    },
    "diff.action_changed": {
        "vi": "thao tác «{action}» sẽ thay đổi",
        "en": "action '{action}' would change",
    },
    "cli.audit_ok": {
        "vi": "OK: {documents} văn bản, {events} sự kiện, các chuỗi băm nguyên vẹn",
        "en": "OK: {documents} document(s), {events} event(s), chains intact",
    },
    "cli.audit_broken": {
        "vi": "HỎNG: văn bản #{document}, sự kiện {seq}: {problem} (đã kiểm tra {events} sự kiện)",
        "en": "BROKEN: document #{document}, event {seq}: {problem} (checked {events} event(s))",
    },
    "cli.adminlog_ok": {
        "vi": "OK: nhật ký quản trị, {entries} mục, chuỗi băm nguyên vẹn",
        "en": "OK: admin log, {entries} entr(ies), chain intact",
    },
    "cli.adminlog_broken": {
        "vi": "HỎNG: nhật ký quản trị, mục #{seq}: {problem} (đã kiểm tra {entries} mục)",
        "en": "BROKEN: admin log, entry #{seq}: {problem} (checked {entries} entr(ies))",
    },
    "cli.adminlog_empty": {
        "vi": "Nhật ký quản trị chưa có mục nào.",
        "en": "The admin log is empty.",
    },
    "action.unit.create": {"vi": "tạo đơn vị", "en": "unit created"},
    "action.unit.update": {"vi": "sửa đơn vị", "en": "unit changed"},
    "action.ceiling.set": {"vi": "đặt trần kinh phí", "en": "ceiling set"},
    "action.user.add": {"vi": "tạo người dùng", "en": "user added"},
    "action.user.disable": {"vi": "khóa tài khoản", "en": "account disabled"},
    "action.role.grant": {"vi": "giao vai trò", "en": "role granted"},
    "action.role.revoke": {"vi": "thu hồi vai trò", "en": "role revoked"},
    "action.delegation.add": {"vi": "ủy quyền", "en": "delegation given"},
    "action.delegation.revoke": {"vi": "thu hồi ủy quyền", "en": "delegation revoked"},
    "action.workflow.version": {"vi": "lưu phiên bản quy trình", "en": "workflow version stored"},
    "action.workflow.current": {
        "vi": "đổi phiên bản quy trình hiện hành",
        "en": "current workflow version changed",
    },
    # --- demo data (`ttdn demo`) ------------------------------------------
    "demo.step_refused": {
        "vi": "{where}: bước demo {step} bị từ chối, không tạo gì: {reason}",
        "en": "{where}: demo step {step} refused, nothing was created: {reason}",
    },
    "pack.no_definitions": {
        "vi": "{path}: không có định nghĩa quy trình nào.",
        "en": "{path}: no workflow definition in it.",
    },
    "trace.no_features": {
        "vi": "«{path}» không phải thư mục kịch bản (.feature).",
        "en": "“{path}” is not a folder of features (.feature files).",
    },
    "trace.last_run": {
        "vi": "Lần chạy kiểm thử gần nhất: {run_at}",
        "en": "Last test run: {run_at}",
    },
    "trace.never_run": {"vi": "không có", "en": "none"},
    "trace.result.passed": {"vi": "đạt", "en": "passed"},
    "trace.result.failed": {"vi": "KHÔNG ĐẠT", "en": "FAILED"},
    "trace.result.skipped": {"vi": "bỏ qua", "en": "skipped"},
    "trace.result.not run": {"vi": "chưa chạy", "en": "not run"},
    "trace.not_covered": {"vi": "CHƯA CÓ KỊCH BẢN NÀO", "en": "NOT COVERED"},
    "trace.summary": {
        "vi": "{covered}/{total} điều khoản có kịch bản; chưa có: {missing}",
        "en": "{covered}/{total} clauses have scenarios; missing: {missing}",
    },
    "trace.none_missing": {"vi": "không", "en": "none"},
    "trace.title": {
        "vi": "Truy vết điều khoản — kịch bản kiểm thử",
        "en": "Clause traceability — test scenarios",
    },
    "trace.heading": {
        "vi": "Truy vết: điều khoản chỉ thị → kịch bản → kết quả",
        "en": "Traceability: directive clause → scenario → result",
    },
    "trace.covered": {
        "vi": "{covered}/{total} điều khoản có kịch bản.",
        "en": "{covered}/{total} clauses have scenarios.",
    },
    "trace.col.clause": {"vi": "Điều khoản", "en": "Clause"},
    "trace.col.where": {"vi": "Áp dụng tại", "en": "Applied at"},
    "trace.col.scenario": {"vi": "Kịch bản", "en": "Scenario"},
    "trace.col.result": {"vi": "Kết quả", "en": "Result"},
    "trace.no_scenario": {"vi": "Chưa có kịch bản", "en": "No scenario yet"},
    "pack.unknown": {
        "vi": "Không có bộ quy trình «{pack}»; các bộ có sẵn: {bundled} "
        "(bộ quy trình ở thư mục khác: ghi đường dẫn, ví dụ ./{pack}).",
        "en": "No pack “{pack}”; bundled packs: {bundled} "
        "(for a pack kept in a folder, give its path, e.g. ./{pack}).",
    },
    "pack.not_a_pack": {
        "vi": "«{path}» không phải thư mục bộ quy trình (không có organisation.yaml); "
        "các bộ có sẵn: {bundled}.",
        "en": "“{path}” is not a pack folder (no organisation.yaml); bundled packs: {bundled}.",
    },
    "demo.already_seeded": {
        "vi": "{province} ({pack}): đã có dữ liệu demo (tạo lúc {at}, giờ Việt Nam), "
        "không tạo lại.",
        "en": "{province} ({pack}): already seeded (at {at}, Việt Nam time); nothing done.",
    },
    "demo.seeded": {
        "vi": "{province} ({pack}): {users} người dùng, {documents} văn bản, {actions} thao tác.",
        "en": "{province} ({pack}): {users} user(s), {documents} document(s), {actions} action(s).",
    },
    "demo.users": {
        "vi": "Người dùng demo (mật khẩu «{password}», chỉ đăng nhập ở chế độ demo): {users}",
        "en": "Demo users (password “{password}”, demo mode only): {users}",
    },
    # --- guard refusals ----------------------------------------------------
    "guard.field_above_field": {
        "vi": "«{field}» ({value}) vượt quá «{other}» ({limit})",
        "en": "“{field}” ({value}) exceeds “{other}” ({limit})",
    },
    "guard.field_above_value": {
        "vi": "«{field}» ({value}) vượt quá mức {limit}",
        "en": "“{field}” ({value}) exceeds {limit}",
    },
    "guard.children_not_in_states": {
        "vi": "{count} văn bản «{type}» chưa ở trạng thái {states}: {docs}",
        "en": "{count} “{type}” document(s) not yet {states}: {docs}",
    },
    "guard.no_children": {
        "vi": "chưa có văn bản «{type}» nào ở trạng thái {states}",
        "en": "no “{type}” document is {states} yet",
    },
    "guard.no_link": {
        "vi": "chưa gắn với «{link}»",
        "en": "not linked to a “{link}”",
    },
    "guard.link_not_in_states": {
        "vi": "«{link}» #{doc} đang ở trạng thái «{state}», cần {states}",
        "en": "“{link}” #{doc} is “{state}”, needs {states}",
    },
    "guard.no_ceiling": {
        "vi": "chưa thiết lập trần «{ceiling}» cho năm {year}",
        "en": "no “{ceiling}” ceiling is set for {year}",
    },
    "guard.over_ceiling": {
        "vi": "tổng «{field}» năm {year} sẽ là {total}, vượt trần {ceiling}",
        "en": "the {year} total of “{field}” would be {total}, above the ceiling {ceiling}",
    },
    "guard.parent_locked": {
        "vi": "văn bản tổng hợp #{doc} «{title}» đang ở trạng thái «{state}», không thể mở lại",
        "en": "consolidated document #{doc} “{title}” is “{state}” and can no longer be reopened",
    },
    "guard.same_actor": {
        "vi": "người đã thực hiện «{action}» trên văn bản này không được thực hiện bước này",
        "en": "whoever did “{action}” on this document may not do this step",
    },
    # --- reading: visibility, the document view, the inbox ------------------
    "operator_acts_as_no_one": {
        "vi": "người vận hành hệ thống không thao tác thay cán bộ",
        "en": "the system operator does not act for officers",
    },
    "view.state": {"vi": "Trạng thái", "en": "State"},
    "view.version": {"vi": "Phiên bản", "en": "Version"},
    "view.year": {"vi": "Năm", "en": "Year"},
    "view.unit": {"vi": "Đơn vị", "en": "Unit"},
    "view.coordinator": {"vi": "Cơ quan đầu mối", "en": "Coordinating unit"},
    "view.due": {"vi": "Hạn", "en": "Due"},
    "view.overdue": {"vi": "quá hạn {days} ngày", "en": "{days} day(s) overdue"},
    "view.parent": {"vi": "Văn bản tổng hợp", "en": "Consolidated into"},
    "view.children": {"vi": "Văn bản được tổng hợp", "en": "Consolidates"},
    "view.linked_from": {"vi": "Được gắn từ", "en": "Linked from"},
    "view.history": {"vi": "Lịch sử", "en": "History"},
    "view.signoff": {
        "vi": "«{action}»: {given}/{need} ý kiến",
        "en": "“{action}”: {given}/{need} sign-off(s)",
    },
    "view.given_by": {"vi": "đã cho ý kiến: {who}", "en": "given by: {who}"},
    "view.awaited_from": {"vi": "đang chờ: {parties}", "en": "awaited from: {parties}"},
    "view.party_in": {"vi": "{role} ({scope})", "en": "{role} ({scope})"},
    "view.actions": {"vi": "Thao tác của {user}", "en": "Actions for {user}"},
    "view.actions_operator": {"vi": "Các thao tác ở bước này", "en": "Actions at this step"},
    "view.on_behalf": {"vi": "{who} (thay {principal})", "en": "{who} (for {principal})"},
    "view.hidden": {"vi": "(không có quyền xem)", "en": "(not visible to you)"},
    "view.documents": {"vi": "{count} văn bản", "en": "{count} document(s)"},
    "view.inbox_empty": {
        "vi": "Không có văn bản nào chờ {user} xử lý.",
        "en": "No document is waiting for {user}.",
    },
    "view.created": {"vi": "Đã tạo văn bản #{id}.", "en": "Document #{id} created."},
    "view.edited": {
        "vi": "Đã sửa văn bản #{id} (phiên bản {version}).",
        "en": "Document #{id} edited (version {version}).",
    },
    "view.unchanged": {
        "vi": "Văn bản #{id} không thay đổi.",
        "en": "Document #{id} unchanged.",
    },
    "view.choose_unit": {
        "vi": "Chọn đơn vị bằng --unit: {user} có thể tạo «{type}» ở {units}.",
        "en": "Choose the unit with --unit: {user} may create “{type}” in {units}.",
    },
    "view.no_author_unit": {
        "vi": "{user} không có vai trò nào được tạo «{type}».",
        "en": "{user} holds no role that may create “{type}”.",
    },
    "view.parent_link": {
        "vi": "--parent cần loại văn bản có đúng một liên kết; «{type}» có: {links}.",
        "en": "--parent needs a type with exactly one link; “{type}” has: {links}.",
    },
    "view.bad_assignment": {
        "vi": "{option} «{item}»: cần dạng TÊN=GIÁ_TRỊ.",
        "en": "{option} “{item}”: expected NAME=VALUE.",
    },
    # --- labels used inside messages -------------------------------------
    "what.document": {"vi": "văn bản", "en": "document"},
    "what.user": {"vi": "người dùng", "en": "user"},
    "what.unit": {"vi": "đơn vị", "en": "unit"},
    "what.type": {"vi": "loại văn bản", "en": "document type"},
    "action.create": {"vi": "Tạo văn bản", "en": "Create"},
    "action.edit": {"vi": "Sửa văn bản", "en": "Edit"},
    "scope.own_unit": {"vi": "đơn vị của văn bản", "en": "the document's unit"},
    "scope.parent_unit": {"vi": "đơn vị cấp trên", "en": "a parent unit"},
    "scope.coordinator": {"vi": "cơ quan đầu mối", "en": "the coordinating unit"},
    "scope.any": {"vi": "bất kỳ đơn vị nào", "en": "any unit"},
    "word.or": {"vi": " hoặc ", "en": " or "},
    "what.delegation": {"vi": "ủy quyền", "en": "delegation"},
    "what.username": {"vi": "Tên đăng nhập", "en": "user name"},
    "what.full_name": {"vi": "Họ và tên", "en": "full name"},
    "what.title": {"vi": "Chức vụ", "en": "title"},
    "what.unit_code": {"vi": "Mã đơn vị", "en": "unit code"},
    "what.unit_name": {"vi": "Tên đơn vị", "en": "unit name"},
    "what.unit_kind": {"vi": "Loại đơn vị", "en": "unit kind"},
    "what.role": {"vi": "Vai trò", "en": "role"},
    "what.pack": {"vi": "Bộ quy trình", "en": "pack"},
    "what.ceiling_key": {"vi": "Khóa trần ngân sách", "en": "ceiling key"},
    "what.amount": {"vi": "Số tiền", "en": "amount"},
    "what.year": {"vi": "Năm", "en": "year"},
    "what.id": {"vi": "Mã số", "en": "id"},
    "what.date": {"vi": "Ngày", "en": "date"},
    "what.starts_on": {"vi": "Ngày bắt đầu", "en": "start date"},
    "what.ends_on": {"vi": "Ngày kết thúc", "en": "end date"},
    "what.limit": {"vi": "Số dòng", "en": "limit"},
    "what.password": {"vi": "Mật khẩu", "en": "password"},
}


@dataclass(frozen=True)
class Message:
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str = "vi") -> str:
        texts = TEXTS[self.key]
        text = texts.get(lang) or texts["vi"]
        rendered = {k: _render_param(v, lang) for k, v in self.params.items()}
        return text.format(**rendered)

    def __hash__(self) -> int:
        return hash(self.key)


@dataclass(frozen=True)
class Localized:
    """A parameter that is itself a text in two languages (e.g. a state label)."""

    vi: str
    en: str


def _render_param(value: Any, lang: str) -> str:
    if isinstance(value, Message):
        return value.render(lang)
    if isinstance(value, Localized) or (hasattr(value, "vi") and hasattr(value, "en")):
        return value.en if lang == "en" else value.vi
    if isinstance(value, (list, tuple)):
        return ", ".join(_render_param(v, lang) for v in value)
    return str(value)


def format_vnd(amount: int) -> str:
    """1250000000 → '1.250.000.000 đ' (Vietnamese thousands separator)."""
    sign = "-" if amount < 0 else ""
    return f"{sign}{abs(amount):,}".replace(",", ".") + " đ"
