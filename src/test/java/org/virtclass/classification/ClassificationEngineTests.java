package org.virtclass.classification;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.virtclass.classification.Facts.facts;
import static org.virtclass.classification.HardwareVirtualization.NOT_USED;
import static org.virtclass.classification.HardwareVirtualization.OPTIONAL;
import static org.virtclass.classification.HardwareVirtualization.REQUIRED;
import static org.virtclass.classification.ImageFormat.AMI;
import static org.virtclass.classification.ImageFormat.CONTAINER_TEMPLATE;
import static org.virtclass.classification.ImageFormat.ISO;
import static org.virtclass.classification.ImageFormat.OCI_IMAGE;
import static org.virtclass.classification.ImageFormat.OVF_OVA;
import static org.virtclass.classification.ImageFormat.QCOW2;
import static org.virtclass.classification.ImageFormat.RAW_DISK;
import static org.virtclass.classification.ImageFormat.ROM;
import static org.virtclass.classification.ImageFormat.ROOTFS_TARBALL;
import static org.virtclass.classification.ImageFormat.VDI;
import static org.virtclass.classification.ImageFormat.VHDX;
import static org.virtclass.classification.ImageFormat.VMDK;
import static org.virtclass.classification.RunsOn.BARE_METAL;
import static org.virtclass.classification.RunsOn.HOST_KERNEL;
import static org.virtclass.classification.RunsOn.HOST_OS;

class ClassificationEngineTests {

	private final ClassificationEngine engine = new ClassificationEngine();

	static final ToolFacts TYPE_1 = facts().guestOwnKernel()
		.hardwareVirtualization(REQUIRED)
		.runsOn(BARE_METAL)
		.formats(VMDK, OVF_OVA, ISO)
		.build();

	static final ToolFacts TYPE_2 = facts().guestOwnKernel()
		.hardwareVirtualization(REQUIRED)
		.runsOn(HOST_OS)
		.formats(VDI, VMDK, ISO)
		.build();

	static final ToolFacts IN_KERNEL = facts().guestOwnKernel()
		.hardwareVirtualization(REQUIRED)
		.runsOn(HOST_KERNEL)
		.formats(QCOW2, RAW_DISK)
		.build();

	static final ToolFacts CONTAINER_ENGINE = facts().sharesHostKernel().formats(OCI_IMAGE).build();

	static final ToolFacts USER_SPACE_KERNEL_SANDBOX = facts().userSpaceKernel()
		.translatesSyscalls()
		.formats(OCI_IMAGE)
		.build();

	static final ToolFacts MICRO_VM_SANDBOX = facts().guestOwnKernel()
		.hardwareVirtualization(REQUIRED)
		.formats(OCI_IMAGE)
		.build();

	static final ToolFacts PURE_EMULATOR = facts().guestOwnKernel().emulatesForeignIsa().formats(ROM, ISO).build();

	static final ToolFacts ACCELERATED_EMULATOR = facts().guestOwnKernel()
		.emulatesForeignIsa()
		.hardwareVirtualization(OPTIONAL)
		.formats(QCOW2, RAW_DISK, ISO)
		.build();

	static final ToolFacts COMPAT_LAYER = facts().translatesSyscalls().build();

	static final ToolFacts ORCHESTRATOR = facts().managesOthers().sharesHostKernel().formats(OCI_IMAGE).build();

	static final ToolFacts VM_MANAGER = facts().managesOthers()
		.guestOwnKernel()
		.hardwareVirtualization(REQUIRED)
		.formats(QCOW2, ISO)
		.build();

	static final ToolFacts EVERYDAY = facts().build();

	@Test
	void aBareMetalHypervisorIsAType1VmTool() {
		Verdict v = this.engine.classify(TYPE_1);
		assertThat(v.category()).isEqualTo(Category.VM_TOOL);
		assertThat(v.vmTool()).isTrue();
		assertThat(v.hypervisorType()).isEqualTo(HypervisorType.TYPE_1);
		assertThat(v.isolationLevel()).isEqualTo(IsolationLevel.HARDWARE);
		assertThat(v.imageModel()).isEqualTo(ImageModel.FULL_DISK_IMAGE);
		assertThat(v.confidence()).isEqualTo(1.0);
		assertThat(keys(v)).containsExactly("classification.reason.hypervisor",
				"classification.reason.ownKernelIsolation", "classification.reason.type1",
				"classification.reason.diskImage");
	}

	@Test
	void aHostedHypervisorIsAType2VmTool() {
		Verdict v = this.engine.classify(TYPE_2);
		assertThat(v.category()).isEqualTo(Category.VM_TOOL);
		assertThat(v.hypervisorType()).isEqualTo(HypervisorType.TYPE_2);
		assertThat(v.imageModel()).isEqualTo(ImageModel.FULL_DISK_IMAGE);
	}

	@Test
	void theDiskImageReasonNamesOnlyTheDiskFormats() {
		Reason image = this.engine.classify(TYPE_2).reasons().get(3);
		assertThat(image.key()).isEqualTo("classification.reason.diskImage");
		assertThat(image.args())
			.containsExactly(List.of("classification.imageFormat.VDI", "classification.imageFormat.VMDK"));
	}

	@Test
	void aHypervisorInsideTheHostKernelIsHybrid() {
		Verdict v = this.engine.classify(IN_KERNEL);
		assertThat(v.category()).isEqualTo(Category.VM_TOOL);
		assertThat(v.hypervisorType()).isEqualTo(HypervisorType.HYBRID);
		assertThat(keys(v)).contains("classification.reason.hybrid");
	}

	@Test
	void aContainerEngineIsNotAVmTool() {
		Verdict v = this.engine.classify(CONTAINER_ENGINE);
		assertThat(v.category()).isEqualTo(Category.CONTAINER);
		assertThat(v.vmTool()).isFalse();
		assertThat(v.hypervisorType()).isEqualTo(HypervisorType.NONE);
		assertThat(v.isolationLevel()).isEqualTo(IsolationLevel.KERNEL);
		assertThat(v.imageModel()).isEqualTo(ImageModel.LAYERED_OCI_IMAGE);
		assertThat(v.confidence()).isEqualTo(1.0);
		assertThat(v.reasons().get(0).key()).isEqualTo("classification.reason.container");
		assertThat(v.reasons().get(2))
			.isEqualTo(Reason.of("classification.reason.notAHypervisor", "classification.category.CONTAINER"));
	}

	@Test
	void aSystemContainerIsPackagedAsATemplate() {
		Verdict v = this.engine
			.classify(facts().sharesHostKernel().formats(CONTAINER_TEMPLATE, ROOTFS_TARBALL).build());
		assertThat(v.category()).isEqualTo(Category.CONTAINER);
		assertThat(v.imageModel()).isEqualTo(ImageModel.ROOTFS_TEMPLATE);
	}

	@Test
	void aUserSpaceKernelRunningOciImagesIsASandboxedContainer() {
		Verdict v = this.engine.classify(USER_SPACE_KERNEL_SANDBOX);
		assertThat(v.category()).isEqualTo(Category.SANDBOXED_CONTAINER);
		assertThat(v.isolationLevel()).isEqualTo(IsolationLevel.KERNEL);
		assertThat(v.hypervisorType()).isEqualTo(HypervisorType.NONE);
		assertThat(v.reasons().get(0).key()).isEqualTo("classification.reason.sandboxUserKernel");
	}

	@Test
	void aMicroVmRunningOciImagesIsASandboxedContainerThatAlsoLooksLikeAVm() {
		Verdict v = this.engine.classify(MICRO_VM_SANDBOX);
		assertThat(v.category()).isEqualTo(Category.SANDBOXED_CONTAINER);
		assertThat(v.vmTool()).isFalse();
		assertThat(v.isolationLevel()).isEqualTo(IsolationLevel.HARDWARE);
		assertThat(v.hypervisorType()).isEqualTo(HypervisorType.NONE);
		assertThat(v.imageModel()).isEqualTo(ImageModel.LAYERED_OCI_IMAGE);
		assertThat(v.reasons()).contains(Reason.of("classification.reason.alsoMatched",
				"classification.rule.hypervisor", "classification.category.VM_TOOL"));
		assertThat(v.confidence()).isEqualTo(0.75);
		assertThat(v.scores().category().get(Category.SANDBOXED_CONTAINER)).isEqualTo(0.8);
		assertThat(v.scores().category().get(Category.VM_TOOL)).isEqualTo(0.2);
	}

	@Test
	void aPureSoftwareEmulatorIsAnEmulatorWithLowerConfidence() {
		Verdict v = this.engine.classify(PURE_EMULATOR);
		assertThat(v.category()).isEqualTo(Category.EMULATOR);
		assertThat(v.hypervisorType()).isEqualTo(HypervisorType.NONE);
		assertThat(v.isolationLevel()).isEqualTo(IsolationLevel.HARDWARE);
		assertThat(v.imageModel()).isEqualTo(ImageModel.ROM_OR_ISO);
		assertThat(v.confidence()).isEqualTo(0.5);
		assertThat(keys(v)).contains("classification.reason.alsoMatched");
	}

	@Test
	void anEmulatorThatCanUseHardwareVirtualizationIsAVmTool() {
		Verdict v = this.engine.classify(ACCELERATED_EMULATOR);
		assertThat(v.category()).isEqualTo(Category.VM_TOOL);
		assertThat(v.hypervisorType()).isEqualTo(HypervisorType.TYPE_2);
		assertThat(v.confidence()).isEqualTo(0.75);
	}

	@Test
	void aSystemCallTranslatorIsACompatibilityLayer() {
		Verdict v = this.engine.classify(COMPAT_LAYER);
		assertThat(v.category()).isEqualTo(Category.COMPAT_LAYER);
		assertThat(v.isolationLevel()).isEqualTo(IsolationLevel.PROCESS);
		assertThat(v.imageModel()).isEqualTo(ImageModel.NONE);
		assertThat(v.reasons().get(0).key()).isEqualTo("classification.reason.syscallTranslator");
	}

	@Test
	void aBinaryTranslatorIsACompatibilityLayer() {
		Verdict v = this.engine.classify(facts().emulatesForeignIsa().build());
		assertThat(v.category()).isEqualTo(Category.COMPAT_LAYER);
		assertThat(v.reasons().get(0).key()).isEqualTo("classification.reason.isaTranslator");
	}

	@Test
	void anOrchestratorIsNeitherAContainerNorAVmTool() {
		Verdict v = this.engine.classify(ORCHESTRATOR);
		assertThat(v.category()).isEqualTo(Category.ORCHESTRATOR);
		assertThat(v.hypervisorType()).isEqualTo(HypervisorType.NONE);
		assertThat(v.isolationLevel()).isEqualTo(IsolationLevel.KERNEL);
		assertThat(keys(v)).contains("classification.reason.alsoMatched");
	}

	@Test
	void aVmManagerIsAVmToolWithoutAHypervisorTypeOfItsOwn() {
		Verdict v = this.engine.classify(VM_MANAGER);
		assertThat(v.category()).isEqualTo(Category.VM_TOOL);
		assertThat(v.vmTool()).isTrue();
		assertThat(v.hypervisorType()).isEqualTo(HypervisorType.NONE);
		assertThat(v.confidence()).isEqualTo(1.0);
		assertThat(keys(v)).containsExactly("classification.reason.vmManager",
				"classification.reason.ownKernelIsolation", "classification.reason.managerHasNoType",
				"classification.reason.diskImage");
	}

	@Test
	void everydaySoftwareIsNotVirtualization() {
		Verdict v = this.engine.classify(EVERYDAY);
		assertThat(v.category()).isEqualTo(Category.NOT_VIRTUALIZATION);
		assertThat(v.hypervisorType()).isEqualTo(HypervisorType.NONE);
		assertThat(v.isolationLevel()).isEqualTo(IsolationLevel.NONE);
		assertThat(v.imageModel()).isEqualTo(ImageModel.NONE);
		assertThat(v.confidence()).isEqualTo(1.0);
		assertThat(keys(v)).containsExactly("classification.reason.everyday", "classification.reason.noIsolation",
				"classification.reason.notAHypervisor", "classification.reason.noImage");
	}

	@Test
	void scoresHaveEveryValueAndAddUpToOne() {
		Scores s = this.engine.classify(ACCELERATED_EMULATOR).scores();
		assertThat(s.category()).containsOnlyKeys(Category.values());
		assertThat(s.hypervisorType()).containsOnlyKeys(HypervisorType.values());
		assertThat(s.isolationLevel()).containsOnlyKeys(IsolationLevel.values());
		assertThat(s.imageModel()).containsOnlyKeys(ImageModel.values());
		assertThat(s.category().get(Category.VM_TOOL)).isEqualTo(0.8);
		assertThat(s.category().get(Category.COMPAT_LAYER)).isEqualTo(0.2);
		assertThat(s.isolationLevel().values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(1.0);
	}

	@Nested
	class WhenSourcesDisagree {

		@Test
		void aContestedFactThatFlipsTheCategoryLowersConfidenceAndSaysSo() {
			Verdict plain = ClassificationEngineTests.this.engine.classify(TYPE_2);
			Verdict contested = ClassificationEngineTests.this.engine.classify(facts().guestOwnKernel()
				.hardwareVirtualization(REQUIRED)
				.formats(VDI)
				.contested("guestOwnKernel")
				.build());
			assertThat(contested.category()).isEqualTo(plain.category());
			assertThat(contested.confidence()).isEqualTo(0.6);
			assertThat(contested.reasons().get(1)).isEqualTo(Reason.of("classification.reason.contested.category",
					"classification.fact.guestOwnKernel", "classification.category.NOT_VIRTUALIZATION"));
		}

		@Test
		void aContestedFactThatOnlyChangesACriterionLowersConfidenceLess() {
			Verdict v = ClassificationEngineTests.this.engine.classify(facts().guestOwnKernel()
				.hardwareVirtualization(REQUIRED)
				.runsOn(BARE_METAL)
				.formats(VMDK)
				.contested("runsOn")
				.build());
			assertThat(v.category()).isEqualTo(Category.VM_TOOL);
			assertThat(v.confidence()).isEqualTo(0.8);
			assertThat(v.reasons().get(1))
				.isEqualTo(Reason.of("classification.reason.contested.criterion", "classification.fact.runsOn",
						"classification.dimension.hypervisorType", "classification.hypervisorType.HYBRID"));
		}

		@Test
		void aContestedFactThatChangesNothingKeepsTheConfidenceAndSaysSo() {
			Verdict v = ClassificationEngineTests.this.engine.classify(facts().guestOwnKernel()
				.hardwareVirtualization(REQUIRED)
				.formats(VDI)
				.contested("hardwareVirtualization")
				.build());
			assertThat(v.confidence()).isEqualTo(1.0);
			assertThat(v.reasons().get(v.reasons().size() - 1)).isEqualTo(Reason
				.of("classification.reason.contested.harmless", "classification.fact.hardwareVirtualization"));
		}

		@Test
		void eachContestedFactLowersConfidenceAgain() {
			Verdict one = ClassificationEngineTests.this.engine
				.classify(facts().sharesHostKernel().formats(OCI_IMAGE).contested("sharesHostKernel").build());
			Verdict two = ClassificationEngineTests.this.engine.classify(facts().sharesHostKernel()
				.formats(OCI_IMAGE)
				.contested("sharesHostKernel", "imageFormats")
				.build());
			assertThat(one.confidence()).isEqualTo(0.6);
			assertThat(two.confidence()).isEqualTo(0.48);
		}

		@Test
		void aContestedImageFormatCountsWhenDroppingItChangesTheModel() {
			Verdict v = ClassificationEngineTests.this.engine.classify(facts().guestOwnKernel()
				.hardwareVirtualization(REQUIRED)
				.formats(VHDX, ISO)
				.contested("imageFormats")
				.build());
			assertThat(v.confidence()).isEqualTo(0.8);
			assertThat(v.reasons().get(1).args()).containsExactly("classification.fact.imageFormats",
					"classification.dimension.imageModel", "classification.imageModel.ROM_OR_ISO");
		}

		@Test
		void unknownOrRepeatedContestedNamesAreIgnored() {
			Verdict v = ClassificationEngineTests.this.engine.classify(facts().sharesHostKernel()
				.contested("colour", "contested", "sharesHostKernel", "sharesHostKernel")
				.build());
			assertThat(v.confidence()).isEqualTo(0.6);
			assertThat(keys(v)).filteredOn((k) -> k.contains("contested")).hasSize(1);
		}

	}

	@Nested
	class EdgeCases {

		@Test
		void aManagerOfBothVmsAndContainersIsAnOrchestrator() {
			Verdict v = ClassificationEngineTests.this.engine
				.classify(facts().managesOthers().guestOwnKernel().sharesHostKernel().formats(QCOW2).build());
			assertThat(v.category()).isEqualTo(Category.ORCHESTRATOR);
			assertThat(v.reasons()).contains(Reason.of("classification.reason.alsoMatched",
					"classification.rule.vmManager", "classification.category.VM_TOOL"));
		}

		@Test
		void ownKernelOutranksASharedKernel() {
			Verdict v = ClassificationEngineTests.this.engine
				.classify(facts().guestOwnKernel().sharesHostKernel().runsOn(HOST_KERNEL).build());
			assertThat(v.category()).isEqualTo(Category.VM_TOOL);
			assertThat(v.confidence()).isEqualTo(0.5);
		}

		@Test
		void aUserSpaceKernelWithoutOciImagesFallsThroughToNotVirtualization() {
			Verdict v = ClassificationEngineTests.this.engine
				.classify(facts().userSpaceKernel().formats(ROOTFS_TARBALL).build());
			assertThat(v.category()).isEqualTo(Category.NOT_VIRTUALIZATION);
			assertThat(v.isolationLevel()).isEqualTo(IsolationLevel.KERNEL);
		}

		@Test
		void anEmulatorPackagedAsOciImagesIsASandboxedContainer() {
			Verdict v = ClassificationEngineTests.this.engine
				.classify(facts().guestOwnKernel().emulatesForeignIsa().formats(OCI_IMAGE).build());
			assertThat(v.category()).isEqualTo(Category.SANDBOXED_CONTAINER);
		}

		@Test
		void theStrongestImageFormatDecidesTheImageModel() {
			Verdict v = ClassificationEngineTests.this.engine
				.classify(facts().sharesHostKernel().formats(ISO, OCI_IMAGE, CONTAINER_TEMPLATE, AMI).build());
			assertThat(v.imageModel()).isEqualTo(ImageModel.FULL_DISK_IMAGE);
			assertThat(v.scores().imageModel().get(ImageModel.FULL_DISK_IMAGE)).isEqualTo(0.533);
		}

		@Test
		void missingListsMeanNoFormatsAndNothingContested() {
			ToolFacts f = new ToolFacts(true, REQUIRED, HOST_OS, false, false, false, false, false, null, null);
			Verdict v = ClassificationEngineTests.this.engine.classify(f);
			assertThat(v.imageModel()).isEqualTo(ImageModel.NONE);
			assertThat(v.confidence()).isEqualTo(1.0);
		}

		@Test
		void hardwareVirtualizationOnlyMattersForEmulators() {
			for (HardwareVirtualization hv : HardwareVirtualization.values()) {
				assertThat(ClassificationEngineTests.this.engine
					.classify(facts().guestOwnKernel().hardwareVirtualization(hv).build())
					.category()).isEqualTo(Category.VM_TOOL);
			}
			assertThat(ClassificationEngineTests.this.engine
				.classify(facts().guestOwnKernel().emulatesForeignIsa().hardwareVirtualization(NOT_USED).build())
				.category()).isEqualTo(Category.EMULATOR);
		}

		@Test
		void theEngineNeedsNoSpring() {
			assertThat(new ClassificationEngine().classify(EVERYDAY).reasons()).isNotEmpty();
		}

	}

	static List<String> keys(Verdict v) {
		return v.reasons().stream().map(Reason::key).toList();
	}

	@Nested
	class OtherReadings {

		@Test
		void flipAContestedYesNoFactAndDropEachContestedFormatInTurn() {
			ToolFacts wsl = facts().guestOwnKernel()
				.hardwareVirtualization(REQUIRED)
				.managesOthers()
				.formats(VHDX, ROOTFS_TARBALL)
				.contested("managesOthers", "imageFormats")
				.build();
			List<ToolFacts> readings = ClassificationEngineTests.this.engine.otherReadings(wsl);
			assertThat(readings).extracting(ToolFacts::managesOthers).containsExactly(false, true, true, true);
			assertThat(readings).extracting(ToolFacts::imageFormats)
				.containsExactly(List.of(VHDX, ROOTFS_TARBALL), List.of(ROOTFS_TARBALL), List.of(VHDX), List.of());
			assertThat(readings).allSatisfy((r) -> assertThat(r.contested()).isEmpty());
		}

		@Test
		void giveEveryOtherValueOfAnEnumeratedFact() {
			ToolFacts facts = facts().guestOwnKernel().runsOn(HOST_KERNEL).contested("runsOn").build();
			assertThat(ClassificationEngineTests.this.engine.otherReadings(facts)).extracting(ToolFacts::runsOn)
				.containsExactlyInAnyOrder(BARE_METAL, HOST_OS);
		}

		@Test
		void areNoneWhenNothingIsContested() {
			assertThat(ClassificationEngineTests.this.engine.otherReadings(TYPE_2)).isEmpty();
		}

	}

}
