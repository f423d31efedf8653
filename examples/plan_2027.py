"""A 2027 plan under the two-tier structure: from a small table to its first quarter.

Run it after installing the package::

    python examples/plan_2027.py

It reads an invented 2027 appendix of Tây Ninh (after the 2025 merger: no districts, the
communes report to the province, merged departments), prints the findings — one names a
department merged away in 2025 and its successor — and the first quarter's obligations,
whose due dates rest on an estimated calendar until the Government announces 2027's days
off.
"""

from __future__ import annotations

import datetime
import tempfile
from pathlib import Path

from cchc_model import read_appendix

TABLE = "\n".join(
    [
        "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TỈNH TÂY NINH NĂM 2027",
        "STT;Nội dung nhiệm vụ;Sản phẩm;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian hoàn thành",
        "I;CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH;;;;",
        "1;Kế hoạch kiểm tra cải cách hành chính năm 2027;Kế hoạch;Sở Nội vụ;"
        "UBND cấp xã;Quý I/2027",
        "2;Báo cáo công tác cải cách hành chính;Báo cáo;Sở Nội vụ;Các sở, ban, ngành;Hằng quý",
        "II;CẢI CÁCH THỦ TỤC HÀNH CHÍNH;;;;",
        "3;Số hóa kết quả giải quyết thủ tục hành chính;Báo cáo;"
        "Trung tâm Phục vụ hành chính công tỉnh;Sở Kế hoạch và Đầu tư;Trước ngày 31/3/2027",
        "",
    ]
)


def main() -> int:
    """Read the table and print the first quarter."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tay-ninh-2027.csv"
        path.write_text(TABLE, encoding="utf-8")
        imported = read_appendix(path)
    plan = imported.plan
    print(f"{plan} — {len(plan.tasks)} nhiệm vụ")
    for finding in imported.findings:
        print(f"  {finding}")
    quarter = plan.schedule(datetime.date(2027, 1, 1), datetime.date(2027, 3, 31))
    for obligation in quarter:
        mark = " (ước tính)" if obligation.estimated else ""
        print(f"{obligation}{mark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
