"""Use cases of the toekomstagenda round: vision, priorities, roles, projects, evaluation, handover."""
