console.log("{{ raw }}");
