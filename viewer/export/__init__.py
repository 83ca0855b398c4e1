"""Ways a comparison leaves the app: the JSON format and the HTML report."""

from viewer.export.json_report import FORMAT, VERSION, comparison_to_json

__all__ = ["FORMAT", "VERSION", "comparison_to_json"]
