"""The toekomstagenda booklet: one round of the cycle, from vision to evaluation."""
