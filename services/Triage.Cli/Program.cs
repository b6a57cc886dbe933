using System.CommandLine;

var root = new RootCommand("Triage: complaint triage for consumer-finance companies. Scores, clusters and routes complaints; generates and trains.");
root.Subcommands.Add(Triage.Cli.GenerateCommand.Create());
root.Subcommands.Add(Triage.Cli.Scoring.ScoreCommand.Create());
root.Subcommands.Add(Triage.Cli.Signals.SignalsCommand.Create());
root.Subcommands.Add(Triage.Cli.Categories.CategoriesCommand.Create());
root.Subcommands.Add(Triage.Cli.Training.TrainCommand.Create());
root.Subcommands.Add(Triage.Cli.Training.EvaluateCommand.Create());
root.Subcommands.Add(Triage.Cli.Evaluation.EvaluateRoutingCommand.Create());
root.Subcommands.Add(Triage.Cli.Rescoring.RescoreCommand.Create());
root.Subcommands.Add(Triage.Cli.Models.ModelsCommand.Create());
root.Subcommands.Add(Triage.Cli.Keys.KeysCommand.Create());
return await Triage.Cli.CliRunner.RunAsync(root, args);
