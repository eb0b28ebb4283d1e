"""Meeting mode: the chair's full-screen window, quick capture, notes, the review and the projector."""
