// What every claim file reads: the measurements, the profiles, and the figure types it builds.
global using IclClaims.Experiments.Configuration;
global using IclClaims.Experiments.Evaluation;
global using IclClaims.Figures.Model;
global using IclClaims.Figures.Recipes;
