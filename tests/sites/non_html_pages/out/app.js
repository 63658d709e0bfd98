var title = "Non-HTML";
