"""The desktop viewer: Qt widgets that render a Comparison and turn actions into engine calls."""

__all__: list[str] = []
