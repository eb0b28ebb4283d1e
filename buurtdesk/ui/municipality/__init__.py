"""The municipality's rooms on screen: the Gemeente section, funds, the annual report."""
