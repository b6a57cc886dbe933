using System.CommandLine;

var root = new RootCommand("Triage: complaint triage for consumer-finance companies. Scores, clusters and routes complaints; generates and trains.");
return await root.Parse(args).InvokeAsync();
