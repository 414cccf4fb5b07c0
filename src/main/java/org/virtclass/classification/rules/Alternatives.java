package org.virtclass.classification.rules;

import java.util.ArrayList;
import java.util.List;

import org.virtclass.classification.HardwareVirtualization;
import org.virtclass.classification.ImageFormat;
import org.virtclass.classification.RunsOn;
import org.virtclass.classification.ToolFacts;

/**
 * The other readings of a contested fact: the opposite of a yes/no fact, every other
 * value of an enumerated one and, for the image formats, the list without one of its
 * formats or without any. The contested list itself is dropped from each reading, because
 * only the verdict is compared.
 */
public final class Alternatives {

	private Alternatives() {
	}

	/** Other readings of {@code fact}; empty when the name is not a contestable fact. */
	public static List<ToolFacts> of(ToolFacts f, String fact) {
		List<ToolFacts> readings = new ArrayList<>();
		switch (fact) {
			case "guestOwnKernel" -> readings.add(new ToolFacts(!f.guestOwnKernel(), f.hardwareVirtualization(),
					f.runsOn(), f.emulatesForeignIsa(), f.sharesHostKernel(), f.userSpaceKernel(),
					f.translatesSyscalls(), f.managesOthers(), f.imageFormats(), null));
			case "hardwareVirtualization" -> {
				for (HardwareVirtualization other : HardwareVirtualization.values()) {
					if (other != f.hardwareVirtualization()) {
						readings.add(new ToolFacts(f.guestOwnKernel(), other, f.runsOn(), f.emulatesForeignIsa(),
								f.sharesHostKernel(), f.userSpaceKernel(), f.translatesSyscalls(), f.managesOthers(),
								f.imageFormats(), null));
					}
				}
			}
			case "runsOn" -> {
				for (RunsOn other : RunsOn.values()) {
					if (other != f.runsOn()) {
						readings.add(new ToolFacts(f.guestOwnKernel(), f.hardwareVirtualization(), other,
								f.emulatesForeignIsa(), f.sharesHostKernel(), f.userSpaceKernel(),
								f.translatesSyscalls(), f.managesOthers(), f.imageFormats(), null));
					}
				}
			}
			case "emulatesForeignIsa" -> readings.add(new ToolFacts(f.guestOwnKernel(), f.hardwareVirtualization(),
					f.runsOn(), !f.emulatesForeignIsa(), f.sharesHostKernel(), f.userSpaceKernel(),
					f.translatesSyscalls(), f.managesOthers(), f.imageFormats(), null));
			case "sharesHostKernel" -> readings.add(new ToolFacts(f.guestOwnKernel(), f.hardwareVirtualization(),
					f.runsOn(), f.emulatesForeignIsa(), !f.sharesHostKernel(), f.userSpaceKernel(),
					f.translatesSyscalls(), f.managesOthers(), f.imageFormats(), null));
			case "userSpaceKernel" -> readings.add(new ToolFacts(f.guestOwnKernel(), f.hardwareVirtualization(),
					f.runsOn(), f.emulatesForeignIsa(), f.sharesHostKernel(), !f.userSpaceKernel(),
					f.translatesSyscalls(), f.managesOthers(), f.imageFormats(), null));
			case "translatesSyscalls" -> readings.add(new ToolFacts(f.guestOwnKernel(), f.hardwareVirtualization(),
					f.runsOn(), f.emulatesForeignIsa(), f.sharesHostKernel(), f.userSpaceKernel(),
					!f.translatesSyscalls(), f.managesOthers(), f.imageFormats(), null));
			case "managesOthers" -> readings.add(new ToolFacts(f.guestOwnKernel(), f.hardwareVirtualization(),
					f.runsOn(), f.emulatesForeignIsa(), f.sharesHostKernel(), f.userSpaceKernel(),
					f.translatesSyscalls(), !f.managesOthers(), f.imageFormats(), null));
			case "imageFormats" -> {
				for (ImageFormat format : f.imageFormats()) {
					List<ImageFormat> without = new ArrayList<>(f.imageFormats());
					without.remove(format);
					readings.add(withFormats(f, without));
				}
				if (f.imageFormats().size() > 1) {
					readings.add(withFormats(f, List.of()));
				}
			}
			default -> {
				// not a contestable fact: nothing to compare with
			}
		}
		return readings;
	}

	private static ToolFacts withFormats(ToolFacts f, List<ImageFormat> formats) {
		return new ToolFacts(f.guestOwnKernel(), f.hardwareVirtualization(), f.runsOn(), f.emulatesForeignIsa(),
				f.sharesHostKernel(), f.userSpaceKernel(), f.translatesSyscalls(), f.managesOthers(), formats, null);
	}

}
