---
---
var title = "{{ site.title }}";
