using FluentAssertions;
using IclClaims.Experiments.Baselines;
using IclClaims.Experiments.Configuration;
using IclClaims.Experiments.Tasks;

namespace IclClaims.Claims.Tests.Baselines;

public class BaselineCatalogTests
{
    private static readonly MixtureTaskSpec DenseSparse = new([new(LinearTaskSpec.Dense(20), 0.5), new(new LinearTaskSpec(20, 2), 0.5)]);

    [Fact]
    public void Every_name_of_the_brief_is_known()
    {
        BaselineCatalog.Names.Should().Contain(["least-squares", "ridge", "lasso", "bayes", "oracle-least-squares", "knn", "averaging", "zero", "sine-oracle", "family-fit"]);
    }

    [Fact]
    public void Unknown_names_are_a_user_error_listing_the_allowed_ones()
    {
        var act = () => BaselineCatalog.Create("lars", LinearTaskSpec.Dense(5));
        act.Should().Throw<UserInputException>().WithMessage("*lars*least-squares*family-fit*");
    }

    [Fact]
    public void Bayes_resolves_to_the_prior_of_the_task()
    {
        BaselineCatalog.Create("bayes", LinearTaskSpec.Dense(20)).Name.Should().Be("bayes-dense");
        BaselineCatalog.Create("bayes", new LinearTaskSpec(20, 2)).Name.Should().Be("bayes-sparse(k=2)");
        var mixture = (BayesLinearPredictor)BaselineCatalog.Create("bayes", DenseSparse);
        mixture.DenseWeight.Should().Be(0.5);
        mixture.NonZeros.Should().Be(2);
        mixture.SupportCount.Should().Be(190);
    }

    [Fact]
    public void Each_task_kind_is_compared_with_the_expected_baselines()
    {
        Names(LinearTaskSpec.Dense(20)).Should().Equal("least-squares", "ridge(lambda=0.01)", "bayes-dense");
        Names(new LinearTaskSpec(20, 2)).Should().Equal("least-squares", "lasso(alpha=0.01)", "oracle-least-squares", "bayes-sparse(k=2)");
        Names(DenseSparse).Should().Contain(["least-squares", "lasso(alpha=0.01)", "bayes-mixture(k=2,p=0.5)"]);
        Names(new LinearSineTaskSpec(1, 1, 1)).Should().Equal("least-squares");
        Names(new LinearSineTaskSpec(0, 1, 3)).Should().Equal("sine-oracle");
        Names(new LinearSineTaskSpec(0.5, 1, 3)).Should().Equal("family-fit");
        BaselineCatalog.Comparisons.Keys.Should().BeEquivalentTo(Enum.GetValues<BaselineTaskKind>());
    }

    private static IEnumerable<string> Names(TaskSpec task) => BaselineCatalog.ComparisonsFor(task).Select(p => p.Name);
}
