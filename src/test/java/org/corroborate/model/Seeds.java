package org.corroborate.model;

/** Real text for tests: the opening of CNN's report of 12 March 2024 (seeds/001_14a685dcd2f42243.txt). */
final class Seeds {
    static final String CNN_OPENING = """
            Pro-Ukrainian groups of Russian fighters claimed to have launched cross-border attacks in two regions of Russia on Tuesday, hours after Kyiv fired a wave of drones at targets across the country.
            The group, comprising a few hundred battle-hardened, anti-Kremlin Russian volunteers fighting as part of Ukraine’s armed forces, also said it had destroyed an armored personnel carrier inside Russia.
            A third group, the Russian Volunteer Corps (RDK), also claimed to be involved in the fight.
            The Russian defense ministry said “Ukrainian terrorist formations” with tanks and armored vehicles tried to cross the border from three directions early Tuesday, but claimed the attacks had been “thwarted.”
            The ministry said the attacks were launched in the village of Odnorobovka in Ukraine’s Kharkiv region, and in the nearby Russian villages of Nekhoteevka and Spodariushino in Belgorod.
            “The enemy was struck by aviation, missile forces and artillery,” the ministry said. It claimed to have “eliminated” five tanks an armored personnel carrier in Nekhoteevka and Spodariushino.
            The ministry also said its forces had killed 60 Ukrainian soldiers near Odnorobovka as they attempted to cross into Russia.
            The governor of Russia’s Belgorod region, Vyacheslav Gladkov, said 10 civilians had been injured and six were hospitalized after Ukraine attempted to break through Russian territory Tuesday.
            Russia’s Belgorod region has suffered several cross-border attacks since Moscow launched its full-scale invasion of Ukraine more than two years ago.""";

    private Seeds() {
    }
}
