using System.Xml.Linq;
using Triage.Testing;

namespace Triage.Tests.Architecture;

// The layers of docs/architecture.md, read from the project files: a reference that breaks one fails here, with
// the path that breaks it (references count transitively).
public class When_the_project_references_are_read
{
    private static readonly string Root = TestEnvironment.RepoRoot;
    private static readonly string[] Roles = ["Triage.Scoring", "Triage.Routing", "Triage.Review", "Triage.Rescoring"];

    private static readonly Lazy<Dictionary<string, Project>> Projects = new(ReadAll);

    [Test]
    public void Should_keep_the_models_free_of_services()
    {
        var models = Projects.Value.Values.Where(p => p.Folder == "models");

        Assert.That(models.SelectMany(m => PathsTo(m, p => p.Folder == "services")), Is.Empty);
    }

    [Test]
    public void Should_keep_every_role_and_the_core_off_intake()
    {
        var shared = Projects.Value.Values.Where(p => Roles.Contains(p.Name) || p.Folder is "services" && p.Name is "Triage.Complaints"
            or "Triage.Storage" or "Triage.Messaging" or "Triage.ServiceDefaults");

        Assert.That(shared.Count(), Is.EqualTo(Roles.Length + 4), "every role and core project was found");
        Assert.That(shared.SelectMany(s => PathsTo(s, p => p.Name == "Triage.Intake")), Is.Empty);
    }

    [Test]
    public void Should_keep_tools_and_production_off_test_sources()
    {
        var production = Projects.Value.Values.Where(p => p.Folder != "tests").ToList();

        Assert.That(production, Has.Count.GreaterThan(10));
        Assert.That(production.SelectMany(s => PathsTo(s, p => p.Folder == "tests")), Is.Empty);
        Assert.That(production.SelectMany(p => p.CompiledFrom.Where(c => c.Contains("tests/")).Select(c => $"{p.Name} compiles {c}")), Is.Empty);
    }

    // Every chain of references from a project to one the predicate names, as "A → B → C".
    private static IEnumerable<string> PathsTo(Project from, Func<Project, bool> forbidden)
    {
        var found = new List<string>();
        var seen = new HashSet<string>();
        void Walk(Project project, string path)
        {
            foreach (var name in project.References)
            {
                var next = Projects.Value[name];
                var chain = $"{path} → {next.Folder}/{next.Name}";
                if (forbidden(next))
                    found.Add(chain);
                else if (seen.Add(name))
                    Walk(next, chain);
            }
        }
        Walk(from, $"{from.Folder}/{from.Name}");
        return found;
    }

    private static Dictionary<string, Project> ReadAll()
    {
        var projects = new Dictionary<string, Project>();
        foreach (var file in Directory.EnumerateFiles(Root, "*.csproj", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                                 && !f.Contains($"{Path.DirectorySeparatorChar}.local{Path.DirectorySeparatorChar}")))
        {
            var xml = XDocument.Load(file);
            var relative = Path.GetRelativePath(Root, file).Replace('\\', '/');
            var references = xml.Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/'))).ToList();
            var compiled = xml.Descendants("Compile").Select(c => c.Attribute("Include")?.Value ?? "").Where(c => c.Length > 0)
                .Select(c => c.Replace('\\', '/')).ToList();
            var name = Path.GetFileNameWithoutExtension(file);
            projects[name] = new Project(name, relative.Split('/')[0], references, compiled);
        }
        Assert.That(projects, Does.ContainKey("Triage.Complaints").And.ContainKey("Triage.Signals"), $"project files under {Root}");
        return projects;
    }

    private sealed record Project(string Name, string Folder, IReadOnlyList<string> References, IReadOnlyList<string> CompiledFrom);
}
