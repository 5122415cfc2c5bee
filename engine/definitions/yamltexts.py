"""PyYAML's syntax-error texts in Vietnamese.

PyYAML (and libyaml, whose wording differs slightly) reports problems in
English; a Vietnamese sentence around an English fragment helps no one.  Each
known problem or context is matched whole and given in Vietnamese; parts that
quote the file (a character, a token) are carried over as they are.  An
unknown text stays in English rather than being guessed at.
"""

from __future__ import annotations

import re

from engine.definitions.problems import Text

# (pattern matched against the whole English text, Vietnamese with {0}, {1}… for its groups)
_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), vi)
    for pattern, vi in (
        (
            r"mapping values are not allowed (?:in this context|here)",
            "không được viết 'khóa: giá trị' ở chỗ này (thường do thụt lề sai, hoặc một giá trị "
            "có dấu ':' mà không đặt trong ngoặc kép)",
        ),
        (r"could not find expected ':'", "không tìm thấy dấu ':' cần có sau khóa"),
        (
            r"found character (.+) that cannot start any token",
            "gặp ký tự {0} không được đứng đầu một giá trị (hãy đặt giá trị trong ngoặc kép)",
        ),
        (
            r"found character that cannot start any token",
            "gặp ký tự không được đứng đầu một giá trị (hãy đặt giá trị trong ngoặc kép)",
        ),
        (r"did not find expected key", "không tìm thấy khóa cần có (thụt lề sai?)"),
        (r"did not find expected '-' indicator", "không tìm thấy dấu '-' của phần tử danh sách"),
        (r"found undefined alias (.+)", "gặp bí danh (alias) chưa được định nghĩa {0}"),
        (r"found undefined alias", "gặp bí danh (alias) chưa được định nghĩa"),
        (r"found unacceptable character (.+)", "gặp ký tự không được phép {0}"),
        (r"found unacceptable character", "gặp ký tự không được phép"),
        (r"found unexpected end of stream", "tệp kết thúc khi chưa đóng giá trị"),
        (r"found unexpected ':'", "gặp dấu ':' không đúng chỗ"),
        (r"did not find expected ',' or '(.)'", "không tìm thấy dấu ',' hoặc '{0}' cần có"),
        (r"did not find expected <document start>", "có nội dung thừa sau khi tài liệu đã hết"),
        (r"did not find expected node content", "không tìm thấy nội dung cần có"),
        (
            r"did not find expected comment or line break",
            "cần chú thích hoặc xuống dòng ở chỗ này",
        ),
        (
            r"did not find expected alphabetic or numeric character",
            "không tìm thấy chữ cái hoặc chữ số cần có",
        ),
        (r"found unknown escape character(.*)", "gặp ký tự thoát (escape) không hợp lệ{0}"),
        (r"found unknown directive name", "gặp chỉ thị (directive) không biết"),
        (r"found duplicate anchor(.*)", "neo (anchor) bị lặp{0}"),
        (r"second occurrence", "lần xuất hiện thứ hai"),
        (r"but found another document", "nhưng lại gặp thêm một tài liệu"),
        (r"did not find the expected '(.)'", "không tìm thấy dấu '{0}' cần có"),
        (
            r"expected alphabetic or numeric character, but found (.+)",
            "cần chữ cái hoặc chữ số nhưng gặp {0}",
        ),
        (r"expected (.+?), but (?:found|got) (.+)", "cần {0} nhưng gặp {1}"),
    )
)

_CONTEXTS: dict[str, str] = {
    "while scanning a simple key": "khi đọc một khóa",
    "while scanning for the next token": "khi tìm phần tử tiếp theo",
    "while parsing a block collection": "khi đọc một danh sách",
    "while parsing a block mapping": "khi đọc một ánh xạ 'khóa: giá trị'",
    "while parsing a block node": "khi đọc một khối",
    "while parsing a flow node": "khi đọc một giá trị",
    "while parsing a flow sequence": "khi đọc một danh sách [ … ]",
    "while parsing a flow mapping": "khi đọc một ánh xạ { … }",
    "while scanning a quoted scalar": "khi đọc một chuỗi trong ngoặc kép",
    "while parsing a quoted scalar": "khi đọc một chuỗi trong ngoặc kép",
    "while scanning a double-quoted scalar": "khi đọc một chuỗi trong ngoặc kép",
    "while scanning a single-quoted scalar": "khi đọc một chuỗi trong ngoặc đơn",
    "while parsing a tag": "khi đọc một thẻ (tag)",
    "while scanning a plain scalar": "khi đọc một giá trị",
    "while scanning a block scalar": "khi đọc một khối văn bản (| hoặc >)",
    "while scanning a directive": "khi đọc một chỉ thị (directive)",
    "while scanning an anchor": "khi đọc một neo (anchor)",
    "while scanning an alias": "khi đọc một bí danh (alias)",
    "while scanning a tag": "khi đọc một thẻ (tag)",
    "while parsing a node": "khi đọc một giá trị",
    "while composing a mapping": "khi ghép một ánh xạ",
    "expected a single document in the stream": "tệp chỉ được có một tài liệu",
    "found duplicate anchor; first occurrence": "neo (anchor) bị lặp; lần đầu",
}


def problem_in_vietnamese(english: str) -> str:
    """PyYAML's problem text in Vietnamese; the English text itself when unknown."""
    for pattern, vi in _PROBLEMS:
        match = pattern.fullmatch(english)
        if match:
            # "',' or ']'" is PyYAML's own wording around quoted tokens
            return vi.format(*(g.replace("' or '", "' hoặc '") for g in match.groups()))
    return english


def _context_in_vietnamese(english: str) -> str:
    duplicate = re.fullmatch(r"found duplicate anchor (.+); first occurrence", english)
    if duplicate:
        return f"neo (anchor) {duplicate.group(1)} bị lặp; lần đầu"
    return _CONTEXTS.get(english, english)


def yaml_text(problem: str, context: str | None, context_line: int | None) -> Text:
    """The problem, with its context ("while scanning …" at line N), in both languages."""
    vi, en = problem_in_vietnamese(problem), problem
    if context:
        vi_line = f" ở dòng {context_line}" if context_line else ""
        en_line = f" at line {context_line}" if context_line else ""
        vi += f" ({_context_in_vietnamese(context)}{vi_line})"
        en += f" ({context}{en_line})"
    return Text(vi, en)
