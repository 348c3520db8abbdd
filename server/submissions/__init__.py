"""Getting hours to the IICRC: submit, confirm, reject, follow up, email and portal assist."""
