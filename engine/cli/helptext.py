"""`ttdn --help` in the user's language: Vietnamese by default, English with --lang en.

The commands' docstrings and option help (engine/cli/*.py) stay in English and
are the English help.  The Vietnamese help lives here, keyed by command path
("documents list"; "" is the top group) and by (command path, parameter key):
an option's first long name ("--as") or an argument's name ("document_id").
`apply` swaps the texts on the command tree before click parses the command
line, remembering the English originals so that one process (the tests) can
switch back and forth.  Click's own fixed phrases ("Usage:", "Options:",
"[default: …]", the help option's text) are translated by the formatter of
`VietnameseContext`, set on every command when the language is Vietnamese.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from weakref import WeakKeyDictionary

import click

AS_VIEWER = (
    "Chỉ xem những gì người dùng này được xem (và, với show, những gì họ được làm). "
    "Không có --as thì bạn là người vận hành tại bàn điều khiển, xem được mọi văn bản."
)
NOT_AT_VERSION = "Từ chối nếu văn bản không còn ở phiên bản này."
FIELD_VALUE = "Giá trị một trường (lặp lại được)."

COMMANDS: dict[str, str] = {
    "": (
        "TTĐN: quy trình phê duyệt công tác thông tin đối ngoại.\n\n"
        "Công cụ quy trình và phê duyệt cho công tác thông tin đối ngoại cấp tỉnh. "
        "Cơ sở dữ liệu là DATABASE_URL (mặc định: một tệp SQLite trong ./instance)."
    ),
    "init": "Tạo hoặc nâng cấp cơ sở dữ liệu, rồi nạp các bộ quy trình có sẵn.",
    "workflows": "Kiểm tra, nạp, so sánh và liệt kê các định nghĩa quy trình.",
    "workflows validate": (
        "Kiểm tra các tệp định nghĩa hoặc thư mục bộ quy trình (cùng organisation.yaml "
        "và demo.yaml của chúng), không đụng đến cơ sở dữ liệu."
    ),
    "workflows load": (
        "Lưu các định nghĩa thành phiên bản (mặc định: các bộ quy trình có sẵn). "
        "Nội dung không đổi thì bỏ qua."
    ),
    "workflows diff": (
        "Chạy thử: những văn bản đang xử lý nào sẽ bị ảnh hưởng bởi các định nghĩa mới."
    ),
    "workflows list": "Các loại văn bản, phiên bản, đầu mã băm và số văn bản theo từng trạng thái.",
    "units": "Nhập và liệt kê các đơn vị.",
    "units import": (
        "Tạo hoặc cập nhật cây đơn vị (và trần kinh phí) từ một tệp organisation.yaml."
    ),
    "units list": "Cây đơn vị: mã, loại, tên, cơ quan đầu mối.",
    "users": "Quản lý người dùng, vai trò của họ trong các đơn vị, và ủy quyền.",
    "users add": (
        "Tạo tài khoản người dùng (ghi vào nhật ký quản trị, như mọi thay đổi dưới đây)."
    ),
    "users disable": (
        "Khóa một tài khoản: không đăng nhập, không thao tác được nữa. "
        "Người dùng không bao giờ bị xóa."
    ),
    "users list": "Người dùng, chức vụ và vai trò của họ trong các đơn vị.",
    "users grant": (
        "Giao cho USERNAME vai trò ROLE tại đơn vị UNIT (mã đơn vị); "
        "vai trò phải được một quy trình khai báo."
    ),
    "users revoke": (
        "Thu hồi vai trò ROLE tại đơn vị UNIT của USERNAME "
        "(các ủy quyền vai trò đó của họ hết hiệu lực)."
    ),
    "users delegate": (
        "PRINCIPAL ủy quyền vai trò ROLE tại đơn vị UNIT cho DELEGATE trong một khoảng ngày."
    ),
    "users delegations": ("Mọi ủy quyền kèm mã số (dùng cho «users undelegate»), mới nhất trước."),
    "users undelegate": "Thu hồi ủy quyền có mã số ID (xem «users delegations»).",
    "ceilings": "Trần kinh phí mà điều kiện year_sum_within_ceiling dùng.",
    "ceilings set": (
        "Đặt trần KEY của bộ quy trình PACK đã nạp cho năm YEAR bằng AMOUNT "
        "(đồng, số nguyên, chữ số 0-9)."
    ),
    "documents": "Liệt kê, xem, tạo và sửa văn bản.",
    "documents list": (
        "Mỗi văn bản một dòng: mã số, loại, trạng thái, phiên bản, hạn xử lý, trích yếu."
    ),
    "documents show": (
        "Một văn bản: các trường, liên kết, lịch sử, ý kiến ký duyệt, "
        "và các thao tác kèm lý do bị chặn."
    ),
    "documents create": (
        "Tạo văn bản loại TYPE với tư cách một người dùng, qua mọi kiểm tra như ở "
        "nơi khác; in ra #mã số."
    ),
    "documents edit": (
        "Sửa các trường (và trích yếu) của một văn bản đang ở trạng thái cho phép sửa, "
        "với tư cách một người dùng."
    ),
    "inbox": (
        "Các văn bản đang chờ một người dùng xử lý (kể cả theo ủy quyền), hạn sớm nhất trước."
    ),
    "fire": (
        "Thực hiện thao tác TRIGGER trên văn bản DOCUMENT_ID với tư cách một người dùng, "
        "qua mọi kiểm tra như ở nơi khác."
    ),
    "audit": "Kiểm tra lịch sử chống sửa đổi.",
    "audit verify": (
        "Tính lại chuỗi băm của từng văn bản (đối chiếu trạng thái với sự kiện cuối), "
        "rồi của nhật ký quản trị."
    ),
    "audit log": (
        "Nhật ký quản trị, mới nhất trước: ai, khi nào (giờ Việt Nam), làm gì, trước → sau."
    ),
    "demo": (
        "Tạo dữ liệu một tỉnh mẫu (đơn vị, mỗi vai trò một người dùng, văn bản có "
        "lịch sử thật).\n\n"
        "Hoặc tất cả hoặc không gì cả: một bước bộ quy trình từ chối thì không để lại gì. "
        "Bộ quy trình chỉ định bằng đường dẫn được nạp định nghĩa trước, trong cùng "
        "giao dịch."
    ),
    "trace": (
        "Các điều khoản mỗi bộ quy trình viện dẫn → các kịch bản chứng minh chúng → "
        "kết quả lần chạy gần nhất.\n\n"
        "Thoát với mã 1 khi một điều khoản được viện dẫn chưa có kịch bản nào. Các tệp "
        "kịch bản nằm trong FEATURES/<bộ quy trình>/; với một --pack duy nhất, các tệp "
        ".feature nằm ngay trong FEATURES thuộc về bộ đó."
    ),
}

PARAMS: dict[tuple[str, str], str] = {
    ("", "--lang"): "Ngôn ngữ của thông báo.",
    ("init", "--no-packs"): "Chỉ tạo/nâng cấp lược đồ cơ sở dữ liệu.",
    ("units import", "--pack"): (
        "Bộ quy trình mà các đơn vị thuộc về (mặc định: tên thư mục chứa tệp)."
    ),
    ("users add", "--full-name"): "Họ và tên.",
    ("users add", "--title"): "Chức vụ.",
    ("users add", "--password"): (
        "Hoặc đặt TTDN_NEW_PASSWORD; nếu không có cả hai thì sẽ hỏi khi chạy."
    ),
    ("users delegate", "--from"): "Ngày đầu (dd/mm/yyyy).",
    ("users delegate", "--to"): "Ngày cuối (dd/mm/yyyy).",
    ("documents list", "--as"): AS_VIEWER,
    ("documents list", "--state"): "Chỉ các văn bản ở trạng thái này.",
    ("documents list", "--type"): "Chỉ loại văn bản này.",
    ("documents list", "--pack"): "Chỉ bộ quy trình này.",
    ("documents list", "--year"): "Chỉ văn bản của năm này.",
    ("documents list", "--overdue"): "Chỉ các văn bản đã quá hạn của bước đang xử lý.",
    ("documents show", "--as"): AS_VIEWER,
    ("documents create", "--as"): "Người dùng tạo văn bản.",
    ("documents create", "--unit"): (
        "Mã đơn vị (mặc định: đơn vị duy nhất nơi người dùng được tạo loại TYPE)."
    ),
    ("documents create", "--year"): "Năm của kế hoạch/báo cáo (mặc định: năm nay).",
    ("documents create", "--title"): "Trích yếu.",
    ("documents create", "--link"): "Liên kết tới một văn bản khác (lặp lại được).",
    ("documents create", "--parent"): (
        "Cách viết tắt của --link khi loại TYPE khai báo đúng một liên kết."
    ),
    ("documents create", "--set"): FIELD_VALUE,
    ("documents edit", "--as"): "Người dùng sửa văn bản.",
    ("documents edit", "--title"): "Trích yếu mới.",
    ("documents edit", "--expect-version"): NOT_AT_VERSION,
    ("documents edit", "--set"): FIELD_VALUE,
    ("inbox", "--as"): "Hộp việc của ai.",
    ("fire", "--as"): "Người dùng thực hiện thao tác.",
    ("fire", "--comment"): "Lý do / ý kiến (một số thao tác bắt buộc phải có).",
    ("fire", "--set"): "Giá trị một trường do thao tác này đặt (lặp lại được).",
    ("fire", "--expect-version"): NOT_AT_VERSION,
    ("audit log", "--limit"): "Số mục hiển thị, mới nhất trước.",
    ("demo", "--pack"): (
        "Một bộ quy trình có sẵn theo tên, hoặc đường dẫn tới thư mục bộ quy trình "
        "đặt ở bất kỳ đâu (ví dụ ./my_pack)."
    ),
    ("trace", "--features"): "Thư mục chứa các tệp kịch bản .feature.",
    ("trace", "--results"): "Kết quả do lần chạy kiểm thử BDD gần nhất ghi ra.",
    ("trace", "--format"): "Định dạng báo cáo: văn bản thuần hoặc HTML.",
    ("trace", "--output"): "Ghi vào tệp này.",
    ("trace", "--pack"): (
        "Chỉ truy vết bộ quy trình này: một bộ có sẵn theo tên hoặc thư mục bộ quy trình "
        "theo đường dẫn (ví dụ ./my_pack với --features ./my_features). Lặp lại được; "
        "mặc định: mọi bộ có sẵn."
    ),
}

# --- click's own phrases ----------------------------------------------------------

HEADINGS = {
    "Options": "Tùy chọn",
    "Commands": "Lệnh",
    "Arguments": "Tham số",
    "Positional arguments": "Tham số",
}
USAGE_PREFIX = "Cách dùng: "
HELP_OPTION = {"Show this message and exit.": "Hiện hướng dẫn này rồi thoát."}
# The bracket click appends to an option's help: "[env var: X; default: Y; required]".
_EXTRA = re.compile(r"^(?P<help>.*?)(?P<sep>\s*)\[(?P<items>[^\[\]]*)\]$", re.S)
_EXTRA_ITEMS = [
    (re.compile(r"^default: (?P<v>.*)$", re.S), "mặc định: {v}"),
    (re.compile(r"^env var: (?P<v>.*)$", re.S), "biến môi trường: {v}"),
    (re.compile(r"^required$"), "bắt buộc"),
]


def _extra_item(item: str) -> str:
    for pattern, vietnamese in _EXTRA_ITEMS:
        match = pattern.match(item)
        if match:
            return vietnamese.format(**match.groupdict())
    return item  # e.g. a range "1<=x<=10": no words to translate


def translate_row_help(help_text: str) -> str:
    """An option's help column with click's fixed phrases in Vietnamese."""
    help_text = HELP_OPTION.get(help_text, help_text)
    match = _EXTRA.match(help_text)
    if not match:
        return help_text
    items = "; ".join(_extra_item(i) for i in match["items"].split("; "))
    return f"{match['help']}{match['sep']}[{items}]"


class VietnameseHelpFormatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, USAGE_PREFIX if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(HEADINGS.get(heading, heading))

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        translated = [(term, translate_row_help(help_text)) for term, help_text in rows]
        super().write_dl(translated, col_max, col_spacing)


class VietnameseContext(click.Context):
    """A context whose help (not its usage line: usage.report prints that) is Vietnamese."""

    def get_help(self) -> str:
        formatter = VietnameseHelpFormatter(
            width=self.terminal_width, max_width=self.max_content_width
        )
        self.command.format_help(self, formatter)
        return formatter.getvalue().rstrip("\n")


# --- walking and swapping ------------------------------------------------------------


def commands_of(root: click.Command, path: str = "") -> Iterator[tuple[str, click.Command]]:
    """Every command of the tree with its path ("" for the root, then "documents list")."""
    yield path, root
    if isinstance(root, click.Group):
        for name, command in root.commands.items():
            yield from commands_of(command, f"{path} {name}".strip())


def param_key(param: click.Parameter) -> str:
    """An option's first long name, else its first name; an argument's name."""
    if isinstance(param, click.Option):
        long_names = [o for o in param.opts if o.startswith("--")]
        return (long_names or param.opts)[0]
    return param.name or ""


class _English:
    def __init__(self, command: click.Command) -> None:
        self.help = command.help
        self.short_help = command.short_help
        self.context_class = command.context_class
        self.params = {p: p.help for p in command.params}


_ENGLISH: WeakKeyDictionary[click.Command, _English] = WeakKeyDictionary()


def english_of(command: click.Command) -> _English:
    """The English texts a command was defined with (remembered on first sight)."""
    if command not in _ENGLISH:
        _ENGLISH[command] = _English(command)
    return _ENGLISH[command]


def apply(root: click.Group, lang: str) -> None:
    """Set the help of every command and parameter under `root` to `lang` ("vi" or "en").

    A command or parameter with no Vietnamese text keeps its English (the
    completeness test in tests/integration/test_cli_help.py refuses that).
    """
    vietnamese = lang != "en"
    for path, command in commands_of(root):
        english = english_of(command)
        if vietnamese:
            command.help = COMMANDS.get(path, english.help)
            command.short_help = None if path in COMMANDS else english.short_help
            command.context_class = VietnameseContext
        else:
            command.help = english.help
            command.short_help = english.short_help
            command.context_class = english.context_class
        for param in command.params:
            original = english.params.setdefault(param, param.help)
            if vietnamese:
                param.help = PARAMS.get((path, param_key(param)), original)
            else:
                param.help = original
