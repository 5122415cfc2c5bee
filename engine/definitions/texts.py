"""Texts of the file checks (definitions, organisation.yaml, demo.yaml), Vietnamese first.

`problems.tr(key, **params)` fills one in both languages.  Parameters that are
themselves bilingual (`Text`) are filled in per language.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # --- files and text ------------------------------------------------------
    "file.no_such": {"vi": "không có tệp hay thư mục này", "en": "no such file or folder"},
    "file.cannot_list": {"vi": "không liệt kê được: {reason}", "en": "cannot list: {reason}"},
    "file.cannot_read": {"vi": "không đọc được tệp: {reason}", "en": "cannot read file: {reason}"},
    "file.symlink_loop": {
        "vi": "không đọc được tệp: liên kết tượng trưng (symlink) vòng lặp",
        "en": "cannot read file: symbolic link loop",
    },
    "file.not_regular": {
        "vi": "không đọc được tệp: đây là {what}, không phải tệp thường",
        "en": "cannot read file: it is {what}, not a regular file",
    },
    "file.too_big": {
        "vi": "tệp có {size}; giới hạn là {limit} byte",
        "en": "file is {size}; files are limited to {limit} bytes",
    },
    "file.not_text": {
        "vi": "cần nội dung tệp dạng byte hoặc văn bản, nhận được {got}",
        "en": "expected file content as bytes or text, got {got}",
    },
    "file.not_utf8": {
        "vi": "tệp không phải UTF-8 hợp lệ (byte {byte} ở vị trí {offset})",
        "en": "file is not valid UTF-8 (byte {byte} at offset {offset})",
    },
    "text.bidi": {
        "vi": "có ký tự điều khiển hướng chữ (bidi), làm văn bản hiển thị khác với nội dung thật; "
        "hãy xóa ký tự đó",
        "en": "bidirectional control character: text would display differently from what is "
        "stored; remove it",
    },
    "text.not_nfc": {
        "vi": "văn bản không ở dạng Unicode NFC (dựng sẵn) như một số bộ gõ tiếng Việt tạo ra; "
        "hãy lưu tệp ở dạng NFC{more}",
        "en": "text is not in Unicode NFC (composed) form, as some Vietnamese input methods "
        "produce; save the file as NFC{more}",
    },
    # --- YAML ------------------------------------------------------------------
    "yaml.syntax": {"vi": "lỗi cú pháp YAML: {problem}", "en": "YAML syntax error: {problem}"},
    "yaml.tab": {
        "vi": "ký tự tab ở chỗ YAML không cho phép; hãy thụt lề bằng dấu cách",
        "en": "tab character where YAML does not allow one; indent with spaces",
    },
    "yaml.control_char": {
        "vi": "ký tự {char} không được phép trong YAML (ký tự điều khiển)",
        "en": "character {char} is not allowed in YAML (control character)",
    },
    "yaml.alias": {
        "vi": "không được dùng alias YAML (*tên) trong tệp này",
        "en": "YAML aliases are not allowed in definitions",
    },
    "yaml.tag": {
        "vi": "không được dùng tag YAML trong tệp này (gặp {tag})",
        "en": "YAML tags are not allowed in definitions (found {tag})",
    },
    "yaml.merge": {
        "vi": "không được dùng khóa gộp YAML ('<<')",
        "en": "YAML merge keys ('<<') are not allowed in definitions",
    },
    "yaml.key_not_scalar": {
        "vi": "khóa phải là chuỗi ký tự, không phải danh sách hay ánh xạ",
        "en": "mapping keys must be plain strings, not lists or mappings",
    },
    "yaml.key_not_str": {
        "vi": "khóa {key!r} phải là chuỗi ký tự nhưng YAML đọc thành {kind}; hãy đặt trong "
        "ngoặc kép",
        "en": "key {key!r} must be a string, but YAML reads it as {kind}; put it in quotes",
    },
    "yaml.duplicate_key": {
        "vi": "khóa {key!r} bị lặp (lần đầu ở dòng {first})",
        "en": "duplicate key {key!r} (first at line {first})",
    },
    "yaml.bad_scalar": {
        "vi": "{raw!r} không phải {kind} hợp lệ",
        "en": "{raw!r} is not a valid {kind}",
    },
    "yaml.second_document": {
        "vi": "mỗi tệp chỉ chứa đúng một tài liệu YAML; một tài liệu khác bắt đầu ở đây",
        "en": "a definition file holds exactly one YAML document; another one starts here",
    },
    "yaml.too_deep": {
        "vi": "YAML lồng nhau quá {depth} cấp",
        "en": "YAML is nested more than {depth} levels deep",
    },
    # --- shapes ------------------------------------------------------------------
    "node.wrong": {
        "vi": "{what} phải là {expected}, nhận được {got}",
        "en": "{what} must be {expected}, got {got}",
    },
    "node.did_you_mean": {"vi": "có phải ý bạn là {name!r}?", "en": "did you mean {name!r}?"},
    "node.expected_one_of": {"vi": "cần một trong: {names}", "en": "expected one of: {names}"},
    "node.unknown_key": {
        "vi": "{what}: khóa không hợp lệ {key!r}; {hint}",
        "en": "{what}: unknown key {key!r}; {hint}",
    },
    "node.missing_key": {
        "vi": "{what}: thiếu khóa bắt buộc {key!r}",
        "en": "{what}: missing required key {key!r}",
    },
    "node.empty": {"vi": "{what} không được để trống", "en": "{what} must not be empty"},
    "node.empty_list": {
        "vi": "{what} không được là danh sách rỗng",
        "en": "{what} must not be an empty list",
    },
    "node.bad_id": {
        "vi": "{what} {value!r} không phải mã hợp lệ (chữ thường a-z, số 0-9 và _, bắt đầu "
        "bằng chữ)",
        "en": "{what} {value!r} is not a valid id (lower_snake_case: a-z, 0-9 and _, starting "
        "with a letter)",
    },
    "node.listed_twice": {
        "vi": "{what}: {value!r} được liệt kê hai lần",
        "en": "{what}: {value!r} is listed twice",
    },
    # --- definitions ------------------------------------------------------------
    "def.empty": {
        "vi": "tệp trống; cần một định nghĩa quy trình (một ánh xạ YAML)",
        "en": "file is empty; expected a workflow definition (a YAML mapping)",
    },
    "def.format": {
        "vi": "'format' phải là {supported} (định dạng duy nhất mà hệ thống đọc được), nhận "
        "được {got}",
        "en": "'format' must be {supported} (the only format this engine reads), got {got}",
    },
    "def.more_problems": {"vi": "... và {count} lỗi khác", "en": "... and {count} more problems"},
    "def.undeclared_role": {
        "vi": "{what}: vai trò {role!r} chưa được khai báo trong 'roles'",
        "en": "{what}: role {role!r} is not declared under 'roles'",
    },
    "def.declared_twice": {
        "vi": "{noun} {name!r} được khai báo hai lần (lần đầu ở dòng {first})",
        "en": "{noun} {name!r} is declared twice (first at line {first})",
    },
    "def.not_one_of": {
        "vi": "{what}: {value!r} không thuộc: {values}",
        "en": "{what}: {value!r} is not one of: {values}",
    },
    "def.bad_value": {
        "vi": "{what}: {key} {value!r} không thuộc: {values}",
        "en": "{what}: {key} {value!r} is not one of: {values}",
    },
    "def.bad_comment": {
        "vi": "{what}: 'comment' phải là 'required' hoặc 'optional', nhận được {value!r}",
        "en": "{what}: 'comment' must be 'required' or 'optional', got {value!r}",
    },
    "def.deadline_state": {
        "vi": "{what}: trạng thái {state!r} chưa được khai báo",
        "en": "{what}: state {state!r} is not declared",
    },
    "def.link_undeclared": {
        "vi": "{what}: {name!r} không phải liên kết được khai báo trong 'links'",
        "en": "{what}: {name!r} is not a link declared under 'links'",
    },
    "def.undeclared_state": {
        "vi": "{what} nêu trạng thái chưa khai báo {state!r}",
        "en": "{what} names undeclared state {state!r}",
    },
    "def.undeclared_field": {
        "vi": "{what} nêu trường chưa khai báo {field!r}",
        "en": "{what} names undeclared field {field!r}",
    },
    "def.unknown_call": {
        "vi": "{what}: không có {kind} nào tên {name!r}; {hint}",
        "en": "{what}: no {kind} named {name!r}; {hint}",
    },
    "def.unknown_param": {
        "vi": "{what}: tham số không hợp lệ {name!r} (các tham số: {expected})",
        "en": "{what}: unknown parameter {name!r} (parameters: {expected})",
    },
    "def.missing_param": {
        "vi": "{what}: thiếu tham số bắt buộc {name!r}",
        "en": "{what}: missing required parameter {name!r}",
    },
    "def.not_declared_here": {
        "vi": "{what}: {name!r} không phải {noun} được khai báo trong định nghĩa này",
        "en": "{what}: {name!r} is not a declared {noun} of this definition",
    },
    # --- packs ------------------------------------------------------------------
    "pack.duplicate_type": {
        "vi": "loại văn bản {type!r} cũng được định nghĩa trong {where}; mã loại phải là duy nhất "
        "trong gói {pack!r}",
        "en": "type {type!r} is also defined in {where}; type ids must be unique in pack {pack!r}",
    },
    "pack.no_type": {
        "vi": "{what}: gói {pack!r} không có loại văn bản {type!r}{hint}",
        "en": "{what}: no type {type!r} in pack {pack!r}{hint}",
    },
    "pack.not_of_type": {
        "vi": "{what}: {name!r} không phải {kind} của loại văn bản {type!r}",
        "en": "{what}: {name!r} is not a {kind} of type {type!r}",
    },
    "pack.reserved_file": {
        "vi": "đây không phải định nghĩa quy trình; tệp này được kiểm tra cùng gói của nó: "
        "hãy nêu thư mục của gói",
        "en": "not a workflow definition; this file is checked with its pack: name the pack folder",
    },
    "pack.no_definition": {
        "vi": "không có định nghĩa quy trình nào ở đây",
        "en": "no workflow definition here",
    },
}
