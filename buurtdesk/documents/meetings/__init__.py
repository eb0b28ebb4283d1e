"""The meeting documents: the invitation with its agenda, the minutes, the action list, their Word copies and the unsent e-mail."""
