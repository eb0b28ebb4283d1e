"""Exchange between laptops (.buurtdesk packages), calendar invitations and spreadsheets.

Loaded only when first used: nothing here is needed to show the first window.
"""
